// error: `yield_from!` cannot be used inside the arguments of `i!`
#[generator]
fn blocks () -> impl Iterator { unsafe { yield_ ! (1) ; } i ! ((yield_ a :: b :: yield_from ! { () } ; ! (91usize) , 91usize) . 1) }
