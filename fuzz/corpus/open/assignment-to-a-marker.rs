// unparsable: expected an expression
// not valid Rust (E0070, invalid left-hand side), but the expansion is a syntax error instead
#[generator]
fn f() -> impl Iterator<Item = u8> { yield_from!(0..2) = 2; }
