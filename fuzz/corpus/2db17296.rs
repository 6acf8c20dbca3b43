// error: `yield_from!` takes one expression, the iterable to yield from: expected identifier
#[generator(crate = :: my :: reexport :: gen_core)]
fn gen () -> impl Iterator < Item = u32 > { gen_core :: yield_ ! (1) ; :: gen_core :: yield_from ! (for :: ! [2 , 3]) ; my :: reexport :: gen_core :: yield_ ! (4) ; }
