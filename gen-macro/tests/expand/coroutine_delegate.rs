#[generator]
fn outer() -> impl Generator<Yield = u8, Return = usize> {
    let name = yield_from!(inner());
    yield_!(0);
    name.len()
}
