// error: `yield_!` takes one expression, the value to yield: expected `|`
#[generator]
fn drain (mut self) -> impl Iterator < Item = u32 > { yield_ ! (const self . count) ; }
