// error: `#[generator]` cannot parse this body: unexpected end of input, expected an expression
#[generator]
fn tail (n : u8) { match n > }
