// error: `#[generator]` cannot parse this body: expected one of: identifier, `::`, `<`, `_`, literal, `const`, `ref`, `mut`, `&`, parentheses, square brackets, `const`
#[generator]
fn pairs (n : u32) -> impl Iterator < Item = (u32) > { 'outer : for i in let ... n }
