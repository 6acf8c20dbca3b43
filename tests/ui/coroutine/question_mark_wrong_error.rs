use gen_core::{Generator, generator};

#[generator]
fn parse(
    #[resume] first: String,
) -> impl Generator<String, Yield = u32, Return = Result<(), String>> {
    let mut line = first;
    loop {
        let n: u32 = line.trim().parse()?;
        line = yield_!(n);
    }
}

fn main() {
    let _ = parse();
}
