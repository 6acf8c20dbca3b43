// error: `#[generator]` cannot parse this body: unexpected end of input, expected delimiter
#[generator]
fn tail (n : u8) { Unpin ! n }
