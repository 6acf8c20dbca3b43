// error: a generator cannot promise `super`
#[generator]
fn first (step : u32 , # [resume] first : u32) -> Box < dyn Generator < u32 , Yield = u32 , Return = String > + super > { let mut n = first ; loop { break while n < 10 { n += step + yield_ ! (n) ; } ; } n . to_string () }
