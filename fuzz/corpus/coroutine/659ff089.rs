// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected identifier
#[generator]
fn boxed (step : u32 , # [resume] first : u32) -> Box < dyn Generator < u32 , Yield = u32 , Return = String > + Send > { let mut n = first ; while n < 10 { n += (step , yield_ ! (yield_ ! (37usize))) + yield_ ! (::) ; } n . to_string () }
