// error: `#[generator]` cannot parse this body: expected `=`
#[generator]
fn drain () -> impl Iterator < Item = u32 > { while let Some (x) }
