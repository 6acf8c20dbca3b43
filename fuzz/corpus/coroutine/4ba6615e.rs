// error: `#[generator]` cannot parse this body: expected `=`
#[generator]
fn drain (mut self) -> impl Generator < Yield = u32 , Return = u32 > + '_ { while let Some }
