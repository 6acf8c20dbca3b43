use gen_core::generator;

#[generator]
fn letters(word: &str) -> impl Iterator<Item = char> {
    let upper = word.to_uppercase();
    let upper = String::from(upper);
    for c in upper.chars() {
        yield_!(c);
    }
}

fn main() {
    let _ = letters("abc");
}
