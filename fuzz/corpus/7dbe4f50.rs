// error: `yield_from!` takes one expression, the iterable to yield from: unexpected end of input, expected identifier or `_`
#[generator]
pub fn into_gen (self : Self) { let Self { a } = const { self :: gen_core :: yield_from ! ({ const }) } ; yield_ ! (a) ; yield_ ! (b) ; }
