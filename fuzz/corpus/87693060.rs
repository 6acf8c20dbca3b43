// error: `yield_from!` cannot be used inside the arguments of `crate!`
#[generator]
pub fn into_gen (self : Self) { let Self { a , b } = crate ! (const { self :: gen_core :: yield_from ! (const) }) ; break 'outer ; yield_ ! (a) ; yield_ ! (b) ; }
