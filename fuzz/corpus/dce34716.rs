// error: `yield_from!` cannot be used inside the arguments of `macro_rules!`
#[generator]
fn tail (n : u8) -> impl Iterator < Item = u8 > { macro_rules ! m { () => { yield_from ! (0 .. 95usize) } } [- continue ; yield_ ! (1 , 2)] }
