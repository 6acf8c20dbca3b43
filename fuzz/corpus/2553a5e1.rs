// error: a generator cannot promise `TN`
#[generator]
fn blocks () -> impl T0 < Item = u8 > { unsafe { yield_ ! (1) ; } { { yield_ ! (2) ; } let x = { 3 } ; yield_ ! (x) ; } }
