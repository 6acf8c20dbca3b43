// error: `#[generator]` cannot parse this body: unexpected end of input, expected `in`
#[generator]
fn tail (n : u8) { match for n }
