// error: `#[generator]` cannot parse this body: unexpected token, expected `;`
#[generator]
fn tail () { Err n }
