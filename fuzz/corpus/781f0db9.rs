// error: `#[generator]` cannot parse this body: expected one of: identifier, `::`, `<`, `_`, literal, `const`, `ref`, `mut`, `&`, parentheses, square brackets, `..`, `const`
#[generator]
fn tail (n : u8) { match n { fn 0 = } }
