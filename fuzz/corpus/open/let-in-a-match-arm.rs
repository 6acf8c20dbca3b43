// unparsable: expected `;`
// not valid Rust (`let` as an arm body), but the expansion is a syntax error instead of an error at the `let`
#[generator]
fn f(x: u8) -> impl Iterator<Item = u8> { match x { _ => let y = yield_!(2) } }
