// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `unsafe`
#[generator]
fn boxed (step : u32 , # [resume] first : u32) -> Box < dyn Generator < u32 , Yield = u32 , Return = String > + Send > { return while yield_ ! (gen_core :: unsafe ! (50usize)) { x += 1 ; } }
