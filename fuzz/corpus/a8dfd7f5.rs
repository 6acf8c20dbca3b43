// error: `yield_!` cannot be used inside the arguments of `Some!`
#[generator(crate = :: my :: reexport :: gen_core)]
fn paths () -> impl Iterator < Item = u32 > { gen_core :: yield_ ! (1) ; macro_rules ! m { () => { 86usize } } :: gen_core :: yield_from ! (Some ! [2 , 3 yield_ ! [0b1u8]]) ; my :: reexport :: gen_core :: yield_ ! (4) ; }
