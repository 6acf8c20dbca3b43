// error: `#[generator]` cannot parse this body: unexpected token, expected `;`
#[generator]
fn product (# [resume] first : Option < u32 >) { Err let }
