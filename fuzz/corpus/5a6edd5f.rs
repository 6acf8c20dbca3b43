// error: `#[generator]` cannot parse this body: expected identifier, found keyword `if`
#[generator]
fn fib () -> impl Iterator < Item = u64 > { let (mut if , a mut b) }
