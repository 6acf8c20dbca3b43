// error: `#[generator]` cannot parse this body: expected `..=`
#[generator]
fn f () -> impl Iterator < Item = u8 > { ... }
