// unparsable: expected `;`
// not valid Rust (`let` outside a condition): found as a panic in parse_quote!({ #operand }) at ee94500; since 228d834 the expansion is a syntax error instead of an error at the `let`
#[generator]
fn f(n: Option<u8>) -> impl Iterator<Item = u8> { let b = S { f: true && let x = yield_!(1) }; }
