// error: `yield_from!` cannot be used inside the arguments of `reexport!`
#[generator(crate = :: my :: reexport :: gen_core)]
fn paths () -> impl __fuzz_none_group ! { Iterator < } Item = u32 > { gen_core :: yield_ ! (1) ; :: gen_core :: reexport ! ({ yield_from ! } [2 , yield_from ! (yield_ ! (0)) 3]) ; my :: reexport :: gen_core :: yield_ ! (4) ; }
