// error: `#[generator]` cannot parse this body: comparison operators cannot be chained
#[generator]
fn f () -> impl Iterator < Item = u8 > { Vec == Iterator < n }
