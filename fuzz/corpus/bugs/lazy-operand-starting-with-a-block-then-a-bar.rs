// panic at gen-macro/src/normalize.rs:428:21: expected one of: identifier, `::`, `<`, `_`, literal, `const`, `ref`, `mut`, `&`, parentheses, square brackets, `..`, `const`
// same cause as lazy-operand-ending-in-a-block (parse_quote!({ #operand }) in normalize), another parser message
#[generator]
fn f(a: bool) -> impl Iterator<Item = u8> { let b = a && {} | { yield_!(0) }; }
