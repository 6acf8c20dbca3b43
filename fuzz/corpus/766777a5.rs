// error: `yield_!` cannot be used inside the arguments of `Unresumed!`
#[generator]
fn blocks () -> impl Iterator { unsafe { x += yield_ ! (36usize) ; yield_ ! (1) ; let x = gen_core :: yield_ ! (65usize) ; } Unresumed ! ((yield_ ! (91usize) , 91usize) . 1) }
