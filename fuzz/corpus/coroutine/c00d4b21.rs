// error: a generator cannot promise `default`
#[generator]
fn yield_ (step : u32 , # [resume] first : u32) -> Box < dyn Generator < u32 , Yield = u32 , Return = String > + default > { let mut n = first ; while n < 10 { n += step + yield_ ! (n) ; } n . to_string () }
