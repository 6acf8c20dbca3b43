// error: `yield_from!` takes one expression, the iterable to yield from: unexpected end of input, expected delimiter
#[generator(crate = :: gen_core)]
fn paths () -> impl Iterator < Item = u32 > { gen_core :: yield_ ! (1) ; :: gen_core :: yield_from ! (vec !) ; }
