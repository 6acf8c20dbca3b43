// error: `#[generator]` cannot parse this body: expected `,`
#[generator]
fn tail (n : u8) { match n (0 =>) }
