// error: `#[generator]` cannot parse this body: expected identifier, found keyword `yield`
#[generator]
fn boxed (step : u32 , # [resume] first : u32) -> Box < dyn Generator < u32 , Yield = u32 , Return = String > + Send > { unsafe { let mut yield = first ; while n < 10 { n += step + yield_ ! (n) ; } n . to_string () } }
