// unparsable: expected `;`
// valid Rust: `?` in the initializer of a `let ... else` whose else block yields; the rewritten `?` ends in `}` before `else`
#[generator]
fn f(n: Option<Option<u8>>) -> impl Iterator<Item = u8> { let Some(x) = n? else { yield_!(1); return }; yield_!(x); }
