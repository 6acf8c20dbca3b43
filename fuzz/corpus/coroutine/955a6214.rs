// error: `yield_!` cannot be used inside the arguments of `__self!`
#[generator]
fn boxed (step : u32 , # [resume] first : u32) -> Box < dyn Generator < u32 , Yield = u32 , Return = String > + Send > { yield_ ! { if yield_ ! (12usize) > 1 { return 12usize ; } else { 12usize } } let mut n = first ; while n < 10 { n += step + yield_ ! (n) ; } ; [__self ! ({ yield_ ! (73usize) ; 73usize }) ; 3] . to_string () }
