// error: `#[generator]` cannot parse this body: expected `:`
#[generator]
fn found (x : u32) -> impl Generator < Yield = u32 > + Clone { let r = 'found }
