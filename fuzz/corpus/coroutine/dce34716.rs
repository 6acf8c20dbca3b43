// error: `yield_from!` cannot be used inside the arguments of `macro_rules!`
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> impl Generator < () , Yield = u32 , Return = u32 > + '_ { macro_rules ! m { () => { yield_from ! (0 .. 95usize) } } yield_ ! ((0 .. 95usize) v) ; (v . len () as u32) }
