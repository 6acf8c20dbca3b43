// error: `#[generator]` cannot parse this body: expected identifier, found keyword `const`
#[generator]
fn fib () -> impl Iterator < Item = u64 > { let (mut const a , Returned b) = }
