// error: `yield_from!` takes one expression, the iterable to yield from: expected parentheses
#[generator(crate = :: my :: reexport :: gen_core)]
extern "C" fn paths () -> impl Iterator < Item = u32 > { gen_core :: yield_ ! (1) ; :: gen_core :: yield_from ! ({ fn vec ! } [2 , 3]) ; my :: reexport :: gen_core :: yield_ ! (4) ; }
