// error: a generator cannot promise `Err`
#[generator]
fn boxed (step : u32 , # [resume] first : u32) -> Box < dyn Err < u32 , Yield = u32 , Return = String > + Send > { let mut n = first ; 'a : { while n < 167u8 { 'inner : loop { n += step + yield_ ! (n) ; ; break 'inner ; } } } ; n . to_string () }
