// error: `yield_!` cannot be used inside the arguments of `Returned!`
#[generator]
fn blocks () -> impl Iterator { unsafe { yield_ ! (1) ; } Returned ! ((yield_ ! (997) , 91usize) . 1) }
