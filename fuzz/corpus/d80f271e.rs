// error: `#[generator]` cannot parse this body: expected identifier
#[generator]
fn fib () -> impl Iterator < Item = u64 > { let (mut , a mut b) }
