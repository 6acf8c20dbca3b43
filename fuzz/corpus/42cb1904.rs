// error: `#[generator]` cannot return this type
#[generator]
fn drain (mut self) -> Iterator < Item = u32 > { }
