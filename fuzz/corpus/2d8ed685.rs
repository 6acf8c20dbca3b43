// error: `yield_from!` cannot be used inside the arguments of `Sync!`
#[generator]
pub fn into_gen (self : Self) { let Self { a , b } = Sync ! (const { self :: gen_core :: yield_from ! (const) }) ; let (a , b) = (yield_ ! (57usize) , 1) ; yield_ ! (a) ; yield_ ! (b) ; }
