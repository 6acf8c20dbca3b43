// error: `yield_!` takes one expression, the value to yield: expected identifier
#[generator]
const fn blocks () -> impl __arg0 < Item = u8 > { unsafe { yield_ ! (:: 1) ; } { { yield_ ! (2) ; } let x = { { 3 } } ; yield_ ! (x) ; } }
