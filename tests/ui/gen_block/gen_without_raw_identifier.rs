// On edition 2024, `gen` is a reserved keyword: the macro is `r#gen!`.
use gen_core::r#gen;

fn main() {
    let it = gen! {
        yield 1;
    };
    let _: Vec<i32> = it.collect();
}
