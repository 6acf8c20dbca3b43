// error: `yield_from!` takes one expression, the iterable to yield from: unexpected end of input, expected identifier or integer
#[generator]
fn tail (n : u8) -> dyn Iterator < Item = u8 > { yield_from ! (0 .) }
