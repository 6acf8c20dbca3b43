use gen_core::generator;

#[generator]
fn numbered() -> impl Iterator<Item = (usize, char)> {
    let letters: Vec<char> = "abc".chars().collect();
    for (i, c) in letters.iter().enumerate() {
        yield_!((i, *c));
    }
}

fn main() {
    let _ = numbered();
}
