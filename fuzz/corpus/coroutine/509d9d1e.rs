// error: `#[generator]` cannot parse this body: expected identifier, found keyword `extern`
#[generator]
fn boxed (step : u32 , # [resume] first : u32) -> Box < dyn Generator < u32 , Yield = u32 , Return = String > + Send > { let mut extern = first ; while n < 10 { n += step + yield_ ! (n) ; } n . to_string (yield_ ! (yield_ ! (0)) ;) }
