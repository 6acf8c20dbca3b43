// error: `yield_from!` cannot be used inside the arguments of `n!`
#[generator]
fn boxed (step : u32 , # [resume] first : u32) -> Box < dyn Generator < u32 , Yield = u32 , Return = String > + Send > { let mut n = first ; while n < '__step0 : loop { 10 ; yield_ ! (yield_ ! (42usize)) ; - break '__step0 ; } { n += step + yield_ ! (n) ; } ; n . to_string () ; x = n ! (yield_from ! (0 .. 55usize)) ; }
