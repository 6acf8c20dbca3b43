// error: `#[generator]` cannot parse this body: expected identifier, found keyword `return`
#[generator]
fn boxed (step : u32 , # [resume] first : u32) -> Box < dyn Generator < u32 , Yield = u32 , Return = String > + Send > { let mut return = first ; while }
