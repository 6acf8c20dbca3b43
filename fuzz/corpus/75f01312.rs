// error: `#[generator]` cannot parse this body: expected identifier, found keyword `type`
#[generator(crate = :: my :: reexport :: gen_core)]
fn paths () -> impl Iterator < Item = u32 > { gen_core :: yield_ ! (__fuzz_none_group ! { 1 }) ; :: gen_core :: yield_from ! (vec ! [__fuzz_none_group ! { 2 } , 3]) ; my :: type :: gen_core :: yield_ ! (4) ; }
