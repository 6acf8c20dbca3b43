use gen_core::r#gen;

fn main() {
    let it = r#gen! {
        let fut = async {
            yield 1;
        };
        drop(fut);
        yield 2;
    };
    let _: Vec<i32> = it.collect();
}
