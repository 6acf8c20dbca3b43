// error: `#[generator]` cannot parse this body: expected identifier
#[generator]
fn f () -> impl Iterator < Item = u8 > { ::: }
