// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `while`
#[generator]
fn blocks () -> impl __arg0 < Item = u8 > { unsafe { yield_ ! (1) ; } { { yield_ ! ({ gen_core :: yield_ ! (1) ; :: gen_core :: yield_from ! (vec !) ; my :: while :: gen_core :: yield_ ! (4) ; }) ; } let x = { { 3 } } ; yield_ ! (x) ; } }
