// error: `yield_!` cannot be used inside the arguments of `macro_rules!`
#[generator]
fn places () { macro_rules ! m { () => { yield_ ! (1 , 2) } } }
