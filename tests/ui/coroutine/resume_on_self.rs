use gen_core::{Generator, generator};

struct Counter {
    step: u32,
}

impl Counter {
    #[generator]
    fn run(#[resume] self) -> impl Generator<u32, Yield = u32> {
        let mut n = self.step;
        loop {
            n += yield_!(n);
        }
    }
}

fn main() {
    let _ = Counter { step: 1 }.run();
}
