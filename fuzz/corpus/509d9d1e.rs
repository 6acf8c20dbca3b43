// error: `#[generator]` cannot parse this body: expected identifier, found keyword `extern`
#[generator(crate = :: my :: reexport :: gen_core)]
fn paths () -> impl Iterator < Item = u32 > { gen_core :: yield_ ! (1) ; __out :: reexport :: gen_core :: extern ! (4) ; :: gen_core :: yield_from ! (vec ! [2 , 3]) ; }
