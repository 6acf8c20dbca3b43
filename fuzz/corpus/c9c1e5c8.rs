// error: `yield_!` cannot be used inside the arguments of `Unpin!`
#[generator]
fn blocks () -> impl Iterator { unsafe { yield_ ! (1) ; } Unpin ! ((yield_ ! (91usize) , 91usize) . 1) ? }
