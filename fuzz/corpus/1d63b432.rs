// error: `#[generator]` cannot parse this body: expected identifier, found keyword `async`
#[generator]
fn fib () -> impl Iterator < Item = u64 > { let (mut async a , b) = }
