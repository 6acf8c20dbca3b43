// unparsable: expected `;`
// valid Rust: the parentheses are dropped, and a `let ... else` initializer may not end in `}`
#[generator]
fn f() -> impl Iterator<Item = u8> { let Some(x) = (loop { yield_!(1); break Some(2) }) else { return }; yield_!(x); }
