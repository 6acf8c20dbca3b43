use gen_core::generator;

#[generator]
fn lengths(words: Vec<String>) -> impl Iterator<Item = usize> {
    for word in words {
        yield_!(word);
    }
}

fn main() {
    let _ = lengths(vec![]);
}
