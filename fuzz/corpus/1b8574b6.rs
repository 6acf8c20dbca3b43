// error: `#[generator]` needs the function's body, and `drain` has none
#[generator]
fn drain (mut self) -> impl Iterator < Item = u32 >;
