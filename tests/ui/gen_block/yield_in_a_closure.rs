use gen_core::r#gen;

fn main() {
    let numbers = vec![1, 2, 3];
    let doubled = r#gen! {
        numbers.iter().for_each(|n| yield n * 2);
    };
    let _: Vec<i32> = doubled.collect();
}
