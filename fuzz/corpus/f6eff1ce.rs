// error: a generator cannot promise `drop`
#[generator]
fn drain (mut self) -> impl drop < Item = u32 > { }
