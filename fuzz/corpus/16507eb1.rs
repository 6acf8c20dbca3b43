// error: `#[generator]` cannot parse this body: expected `in`
#[generator]
fn fib () { for x 0 .. 3 { m ! () ; } }
