// error: `yield_!` cannot be used inside the arguments of `SuspendN!`
#[generator]
fn blocks () -> impl Iterator { unsafe { yield_ ! (1) ; } Suspend0 ! ((yield_ ! (91usize) , 91usize) . 1) }
