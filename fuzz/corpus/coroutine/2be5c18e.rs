// error: `#[generator]` cannot parse this body: expected delimiter
#[generator]
fn g () -> impl Generator < u32 , Yield = u32 , Return = u32 > + Clone { yield_ ! v ; 1 }
