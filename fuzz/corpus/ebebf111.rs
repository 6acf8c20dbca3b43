// error: `#[generator]` cannot parse this body: expected identifier, found keyword `mut`
#[generator]
fn fib () -> impl Iterator < Item = u64 > { let (mut mut b) }
