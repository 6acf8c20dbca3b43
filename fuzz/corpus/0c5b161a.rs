// error: `#[generator]` cannot parse this body: expected identifier, found keyword `else`
#[generator(crate = :: my :: reexport :: gen_core)]
fn paths () -> impl Iterator < Item = u32 > { gen_core :: yield_ ! (1) ; :: gen_core :: else __fuzz_none_group ! { vec ! [2 , 3] } ; my :: reexport :: gen_core :: yield_ ! (7i32) ; }
