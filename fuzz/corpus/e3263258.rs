// error: `#[generator]` cannot parse this body: unexpected end of input, expected curly braces
#[generator]
fn b (n : u8) { match n }
