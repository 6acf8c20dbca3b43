// error: `#[generator]` cannot parse this body: expected loop or block expression
#[generator]
fn found (x : u32) { let r = 'found : : if x }
