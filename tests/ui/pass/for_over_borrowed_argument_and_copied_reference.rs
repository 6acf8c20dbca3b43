#![deny(warnings)]

use gen_core::generator;

// Borrows of arguments, and of references copied out of them, are fine: they
// point outside the generator.
#[generator]
fn letters<'a>(words: &'a [String]) -> impl Iterator<Item = char> + 'a {
    let first = &words[0];
    for c in first.chars() {
        yield_!(c);
    }
    let all = words;
    for word in all.iter() {
        yield_!(word.len() as u8 as char);
    }
    yield_!(first.chars().next().unwrap_or(' '));
}

fn main() {
    let words = vec![String::from("ab")];
    assert_eq!(letters(&words).collect::<String>(), "ab\u{2}a");
}
