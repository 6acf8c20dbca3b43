// error: `yield_!` cannot be used inside the arguments of `core!`
#[generator]
fn blocks () -> impl Iterator { unsafe { unsafe { yield_ ! (1) ; yield_ ! (1) ; } } core ! ((yield_ ! (91usize) , 91usize) . 1) }
