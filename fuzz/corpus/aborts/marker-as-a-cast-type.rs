// stack overflow (abort) at aedfbc9; at ee94500: panic at gen-macro/src/normalize.rs:416:13: internal error: entered unreachable code: compound() is called on expressions that suspend
// a marker as the type of a cast (not valid Rust: a macro there must expand to a type): the expansion recurses without end and overflows the stack
#[generator]
fn f() -> impl Iterator<Item = u8> { let a = 1 as yield_!(0); }
