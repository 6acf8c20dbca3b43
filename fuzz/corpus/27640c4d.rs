// error: `#[generator]` cannot parse this body: expected `;`
#[generator]
fn positions (n : u32) { let c }
