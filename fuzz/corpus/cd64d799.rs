// error: a generator cannot promise `__argN`
#[generator]
fn blocks () -> impl __arg0 < Item = u8 > { unsafe { yield_ ! (1) ; } { { yield_ ! (2) ; } let x = { { 3 } } ; yield_ ! (x) ; } }
