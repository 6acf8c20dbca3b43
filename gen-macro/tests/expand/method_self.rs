#[generator]
fn drain(&mut self) -> impl Iterator<Item = u32> + '_ {
    while let Some(x) = self.items.pop() {
        yield_!(x);
    }
}
