// error: `#[generator]` cannot parse this body: unexpected end of input, expected one of: identifier, `::`, `<`, `_`, literal, `const`, `ref`, `mut`, `&`, parentheses, square brackets, `..`, `const`
#[generator]
async fn tail (n : u8) { let }
