// error: `#[generator]` cannot parse this body: unexpected end of input, expected one of: identifier, `::`, `<`, `_`, literal, `const`, `ref`, `mut`, `&`, parentheses, square brackets, `..`, `const`
#[generator(crate = my :: gen_core)]
pub fn ticks (n : u32) { for }
