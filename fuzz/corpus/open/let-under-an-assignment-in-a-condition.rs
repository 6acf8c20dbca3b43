// unparsable: expected `;`
// not valid Rust (`let` under `=`, not directly in the condition), but the expansion is a syntax error instead of an error at the `let`
#[generator]
fn f(mut x: bool) -> impl Iterator<Item = u8> { if x = x && let y = yield_!(1) {} }
