use gen_core::generator;

#[generator]
fn numbers() -> impl Iterator<Item = u32> {
    struct Helper;
    impl Helper {
        fn run(&self) {
            yield_!(1);
        }
    }
    Helper.run();
    yield_!(2);
}

fn main() {
    let _ = numbers();
}
