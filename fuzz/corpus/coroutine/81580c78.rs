// error: `n` borrows `first`, a local of the generator, and is used after a `yield_!`
#[generator]
fn boxed (step : u32 , # [resume] first : u32) -> Box < dyn Generator < u32 , Yield = u32 , Return = String > + Send > { let mut n = & first ; while n < 10 { n += step + yield_ ! (n) ; } n . to_string () }
