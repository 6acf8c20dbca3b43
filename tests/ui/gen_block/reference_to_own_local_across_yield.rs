use gen_core::r#gen;

fn main() {
    let it = r#gen! {
        let numbers = vec![1, 2, 3];
        let first = &numbers[0];
        yield 0;
        yield *first;
    };
    let _: Vec<i32> = it.collect();
}
