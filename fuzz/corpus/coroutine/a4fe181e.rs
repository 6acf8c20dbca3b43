// error: `yield_!` cannot be used inside the arguments of `TN!`
#[generator]
fn boxed (step : u32 , # [resume] first : u32) -> Box < dyn Generator < u32 , Yield = u32 , Return = String > + Send > { let mut n = first ; while n < 10 . method (T0 ! (sub (3352568345091982295) , yield_ ! (27usize))) { n += step + yield_ ! (n) ; } n . to_string () }
