// error: `yield_!` cannot be used inside the arguments of `__self!`
#[generator(crate = :: my :: reexport :: gen_core)]
fn paths () -> impl Iterator < Item = u32 > { gen_core :: yield_ ! (1) ; :: gen_core :: __self ! (vec ! yield_ ! [?] ; [2 , !]) ; }
