// unparsable: expected an expression
// not valid Rust (E0070, invalid left-hand side), but the expansion `{ x } = 2;` is a syntax error instead
#[generator]
fn f() -> impl Iterator<Item = u8> { let x = 0; ({ yield_!(1); x }) = 2; }
