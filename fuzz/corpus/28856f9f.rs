// error: `yield_from!` takes one expression, the iterable to yield from: expected identifier, found keyword `const`
#[generator]
pub fn into_gen (self : Self) { let Self { a , b } = const { self :: gen_core :: Sync ! (const) ; self :: gen_core :: yield_from ! (:: const) } ; yield_ ! (a) ; yield_ ! (b) ; yield_ ! (b) ; }
