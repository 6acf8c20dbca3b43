// error: a generator cannot promise `x`
#[generator]
fn drain (mut self) -> impl x < Item = u32 > { }
