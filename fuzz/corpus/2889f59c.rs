// error: `#[generator]` cannot parse this body: unexpected end of input, expected one of: identifier, `::`, `<`, `_`, literal, `const`, `ref`, `mut`, `&`, parentheses, square brackets, `..`, `const`
#[generator]
fn drops () -> impl Iterator < Item = usize > { let }
