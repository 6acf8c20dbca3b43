// unparsable: unexpected token, expected `;`
// valid Rust: a brace-delimited `yield_! { .. }` statement needs no `;`, but the expansion of it does
#[generator]
fn f() -> impl Iterator<Item = u8> { yield_! { 1 } yield_!(2); }
