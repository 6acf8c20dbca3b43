// error: `#[generator]` cannot parse this body: expected identifier, found keyword `super`
#[generator]
fn fib () -> impl Iterator < Item = u64 > { let (mut super) = }
