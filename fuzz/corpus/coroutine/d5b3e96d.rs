// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected an expression
#[generator]
pub fn count_up (n : u32) -> impl Generator < Yield = u32 , Return = () > + '_ { for i in 0 .. n { yield_ ! (match) ; } }
