use gen_core::{Generator, generator};

#[generator]
fn words(#[resume] text: String) -> impl Generator<String, Yield = usize, Return = usize> {
    let mut total = 0;
    for word in text.split(' ') {
        let next: String = yield_!(word.len());
        total += next.len();
    }
    total
}

fn main() {
    let _ = words();
}
