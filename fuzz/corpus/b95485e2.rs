// error: `#[generator]` cannot parse this body: expected an expression
#[generator]
fn fib () { + }
