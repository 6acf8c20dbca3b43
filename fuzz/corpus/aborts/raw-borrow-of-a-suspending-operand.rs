// stack overflow (abort) since 228d834; at ee94500: panic at gen-macro/src/normalize.rs:416:13: internal error: entered unreachable code: compound() is called on expressions that suspend
// stable `&raw const` (1.82): the expansion recurses without end and overflows the stack
#[generator]
fn f() -> impl Iterator<Item = u8> { let p = &raw const *&yield_!(1); }
