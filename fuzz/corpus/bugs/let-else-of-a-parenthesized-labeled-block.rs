// unparsable: expected `;`
// valid Rust: the parentheses are dropped, and a `let ... else` initializer may not end in `}`
#[generator]
fn f() -> impl Iterator<Item = u8> { let Some(x) = ('b: { yield_!(1); break 'b Some(2) }) else { return }; yield_!(x); }
