// error: `#[generator]` cannot parse this body: unexpected end of input, expected identifier
#[generator]
fn fib () { fn }
