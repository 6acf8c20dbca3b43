fn numbers() -> impl Iterator<Item = u32> {
    yield 1;
    std::iter::empty()
}

fn main() {
    let _ = numbers();
}
