// error: `yield_from!` needs one argument, the iterable to yield from
#[generator]
fn blocks () -> impl Iterator < Item = u8 > { unsafe { yield_ ! (1) ; } { { yield_ ! (2) ; } let x = { { 3 } yield_from ! [] ; } ; yield_ ! (x) ; } }
