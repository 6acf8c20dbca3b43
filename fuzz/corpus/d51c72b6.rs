// error: `yield_from!` cannot be used inside the arguments of `r#match!`
#[generator(crate = :: my :: reexport :: gen_core)]
fn paths < T > () -> impl Iterator < Item = u32 > { gen_core :: yield_ ! (__fuzz_none_group ! { 1 }) ; :: gen_core :: r#match ! (yield_from ! (340282366920938463463374607431768211455u128) vec ! [__fuzz_none_group ! { 2 } , 3]) }
