// error: `#[generator]` cannot parse this body: expected identifier, found keyword `trait`
#[generator(crate = :: my :: reexport :: gen_core)]
fn paths () -> impl Iterator < Item = u32 > { gen_core :: trait ! (1) ; :: gen_core :: yield_from ! (vec !) ; my :: reexport :: gen_core :: yield_ ! (4) ; }
