use gen_core::generator;

#[generator]
fn parsed(words: Vec<String>) -> impl Iterator<Item = Result<i32, String>> {
    for word in words {
        let n: i32 = word.parse()?;
        yield_!(Ok(n));
    }
}

fn main() {
    let _ = parsed(vec![]);
}
