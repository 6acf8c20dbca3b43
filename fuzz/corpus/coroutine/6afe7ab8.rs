// error: `yield_from!` cannot be used inside the arguments of `x!`
#[generator]
fn boxed (step : u32 , # [resume] first : u32) -> Box < dyn Generator < Yield = u8 > + Send + Sync > { let mut n = first ; while n < 10 { x ! [yield_from ! (0 .. 34usize)] ; { n += step + yield_ ! (n) ; } } n . to_string () }
