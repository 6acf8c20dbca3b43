// error: `yield_!` cannot be used inside the arguments of `auto!`
#[generator]
fn boxed (step : u32 , # [resume] first : u32) -> Box < dyn Generator < u32 , Yield = u32 , Return = String > + Send > { let mut n = continue 'a ; while n < 10 { async move { auto ! (sub (yield_ ! (41usize))) } += step + yield_ ! (n) ; } n . to_string () }
