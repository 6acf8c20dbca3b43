use gen_core::generator;

// The macro cannot see this borrow (it goes through a function call), so
// rustc reports it, at the borrowed local.
#[generator]
fn first_word() -> impl Iterator<Item = usize> {
    let text = String::from("a b");
    let mut words = split(&text);
    yield_!(0);
    yield_!(words.next().map_or(0, str::len));
}

fn split(s: &str) -> std::str::SplitWhitespace<'_> {
    s.split_whitespace()
}

fn main() {
    let _ = first_word();
}
