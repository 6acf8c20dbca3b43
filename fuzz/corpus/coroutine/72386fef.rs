// error: a generator cannot promise `boxed`
#[generator]
unsafe fn boxed (step : u32 , # [resume] first : u32) -> Box < dyn boxed < u32 , Yield = u32 , Return = String > + Send > { }
