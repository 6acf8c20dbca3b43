// error: `yield_from!` cannot be used inside the arguments of `Unresumed!`
#[generator(crate = :: my :: reexport :: gen_core)]
fn paths () -> impl Iterator < Item = u32 > { gen_core :: Unresumed ! (yield_from ! { : } ; 1) ; { :: gen_core :: yield_from ! (type ! yield_ ! [?] ; [2 , 3]) ; } }
