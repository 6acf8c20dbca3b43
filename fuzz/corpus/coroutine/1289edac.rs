// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected square brackets
#[generator]
fn boxed () -> Box < dyn Generator < u32 , Yield = u32 , Return = String > + Send > { let mut n = first ; while n < 10 { n += step as u8 + yield_ ! (n { # }) ; } n . to_string () }
