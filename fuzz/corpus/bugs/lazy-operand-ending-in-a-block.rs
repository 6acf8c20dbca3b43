// panic at gen-macro/src/normalize.rs:420:21: expected an expression
// the right operand of `&&` is `{ .. } == 0`: normalize wraps it in `{ }` with parse_quote!, where the leading block parses as a statement
#[generator]
fn f(a: bool, n: u8) -> impl Iterator<Item = u8> { if a && { yield_!(1); n } == 0 { yield_!(2); } }
