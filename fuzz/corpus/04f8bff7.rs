// error: `yield_from!` takes one expression, the iterable to yield from: unexpected token
#[generator]
fn tail (n : u8) -> impl Iterator < Item = u8 > + Debug { yield_from ! (0 .. __fuzz_none_group ! { __fuzz_none_group ! { 93usize yield_ } ! ('\\') }) }
