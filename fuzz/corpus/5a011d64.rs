// error: a generator cannot promise `blocks`
#[generator]
fn blocks () -> impl blocks < Item = u8 > { unsafe { yield_ ! (1) ; } { { yield_ ! (2) ; } let x = { { unsafe { 1.5 } } } ; yield_ ! (x) ; } }
