use gen_core::r#gen;

fn main() {
    let it = r#gen! {
        yield_from!(42u32);
    };
    let _: Vec<u32> = it.collect();
}
