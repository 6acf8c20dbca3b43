// error: `yield_from!` takes one expression, the iterable to yield from: unexpected token, expected `]`
#[generator]
unsafe fn tail (n : u8) -> impl Iterator < Item = u8 > { yield_from ! ([- continue ; gen_core : yield_ ! (56usize)]) }
