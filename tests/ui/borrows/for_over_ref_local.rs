use gen_core::generator;

#[generator]
fn names() -> impl Iterator<Item = String> {
    let names = vec![String::from("a"), String::from("b")];
    for name in &names {
        yield_!(name.clone());
    }
}

fn main() {
    let _ = names();
}
