#[generator]
fn running(step: u32) -> impl Iterator<Item = u32> {
    let n = 100;
    for i in 0..2 {
        let n = n + i * step;
        yield_!(n);
    }
    yield_!(n);
}
