// error: `#[generator]` cannot parse this body: expected an expression
#[generator]
fn f () -> impl Iterator < Item = u8 > { ~ }
