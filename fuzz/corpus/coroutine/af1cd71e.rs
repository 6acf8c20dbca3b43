// error: `#[generator]` cannot parse this body: expected one of: lifetime, identifier, `const`
#[generator]
fn boxed (step : u32 , # [resume] first : u32) -> Box < dyn Generator < u32 , Yield = u32 , Return = String > + Send > { let mut n = first ; fn n < "\"\\" { n += step + yield_ ! (n) ; } n . yield () }
