// error: `#[generator]` cannot parse this body: unexpected end of input, expected range upper bound
#[generator]
fn f () -> impl Iterator < Item = u8 > { | 7i32 ... }
