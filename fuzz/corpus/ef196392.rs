// error: `#[generator]` cannot parse this body: expected unsuffixed integer
#[generator]
fn literals () -> impl Iterator < Item = u64 > { let p = ! yield_from { 174u8 } }
