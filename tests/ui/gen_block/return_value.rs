use gen_core::r#gen;

fn main() {
    let it = r#gen! {
        yield 1;
        return 2;
    };
    let _: Vec<i32> = it.collect();
}
