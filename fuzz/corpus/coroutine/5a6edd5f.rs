// error: `#[generator]` cannot parse this body: expected identifier, found keyword `if`
#[generator]
fn boxed (step : u32 , # [resume] first : u32) -> Box < dyn Generator < u32 , Yield = u32 , Return = String > + Send > { let mut if = first ; n < 10 { n += step + yield_ ! (n) ; } n . to_string () }
