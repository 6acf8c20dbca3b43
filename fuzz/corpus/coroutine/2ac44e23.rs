// error: a generator cannot promise `v`
#[generator(crate = r#type)]
fn boxed (step : u32 , # [resume] first : u32) -> Box < dyn v < u32 , Yield = u32 , Return = String > + Send > { let mut n = first ; while n < 10 { n += step + yield_ ! (n) ; } n . to_string () }
