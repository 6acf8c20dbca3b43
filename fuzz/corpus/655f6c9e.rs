// error: `#[generator]` cannot parse this body: expected identifier, found keyword `true`
#[generator(crate = :: my :: reexport :: gen_core)]
fn paths () -> impl Iterator < Item = u32 > { gen_core :: true ! (1) ; :: gen_core :: yield_from ! (vec ! [2 , 3]) ! my :: reexport :: + :: yield_ ! (4) ; }
