// unparsable: expected `!`
// not valid Rust (`crate(..)` is not a function), but the expansion is a syntax error instead of a type error
#[generator]
fn f(c: bool) -> impl Iterator<Item = u8> { (crate(loop { while c { yield_!(1) } break })) }
