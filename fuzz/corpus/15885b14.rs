// error: `#[generator]` cannot parse this body: expected `,`
#[generator]
fn fib () -> impl Iterator < Item = u64 > { let (mut a , Returned b) = }
