// error: `yield_!` takes one expression, the value to yield: unexpected token
#[generator]
fn drain (mut self) -> impl Iterator < Item = u32 > { yield_ ! (__fuzz_none_group ! { self self } . count) ; }
