#[generator]
fn brk(x: u32) -> impl Iterator<Item = u32> {
    let y = loop {
        if x > 0 {
            break {
                yield_!(7);
                x + 1
            };
        }
    };
    yield_!(y);
}
