// error: `#[generator]` cannot parse this body: expected curly braces
#[generator]
fn tail (n : u8) { match n u8 }
