// error: `yield_!` cannot be used inside the arguments of `m!`
#[generator]
fn blocks () -> impl Iterator { unsafe { yield_ ! (1) ; } m ! ((yield_ ! (91usize) , 91usize) . 1) }
