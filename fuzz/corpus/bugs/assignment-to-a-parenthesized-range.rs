// unparsable: unexpected token, expected `;`
// not valid Rust (E0070), but the expansion is a syntax error instead
#[generator]
fn f() -> impl Iterator<Item = u8> { (..yield_!(5)) = 4; }
