// error: `#[generator]` cannot parse this body: expected `!`
#[generator]
fn f () -> impl n < Item = u8 > { crate || , }
