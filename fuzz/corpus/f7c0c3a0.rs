// error: `#[generator]` cannot parse this body: unexpected end of input, expected square brackets
#[generator]
fn fib () { # }
