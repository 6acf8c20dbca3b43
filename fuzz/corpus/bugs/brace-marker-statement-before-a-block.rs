// unparsable: unexpected token, expected `;`
// valid Rust: `yield_! { 1 }` is a statement macro; the expansion is not valid syntax
#[generator]
fn f() -> impl Iterator<Item = u8> { yield_! { 1 } { } }
