// error: `yield_!` takes one expression, the value to yield: expected `:`
#[generator]
fn blocks () -> impl Iterator < Item = u8 > { unsafe { yield_ ! (1) ; } { match x { _ => { yield_ ! (2) ; } } let x = { } ; yield_ ! ('static x) ; } }
