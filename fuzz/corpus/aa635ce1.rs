// error: `#[generator]` cannot parse this body: expected identifier, found keyword `while`
#[generator(crate = :: my :: reexport :: gen_core)]
fn paths () -> impl Iterator < Item = u32 > { gen_core :: yield_ ! (1) ; :: gen_core :: yield_from ! (vec !) ; my :: while :: gen_core :: yield_ ! (4) ; }
