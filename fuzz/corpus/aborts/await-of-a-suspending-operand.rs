// stack overflow (abort) since 228d834; at ee94500: panic at gen-macro/src/normalize.rs:416:13: internal error: entered unreachable code: compound() is called on expressions that suspend
// not valid Rust outside `async` (E0728, reported after expansion), but the expansion recurses without end and overflows the stack: rustc aborts
#[generator]
fn f() -> impl Iterator<Item = u8> { (yield_!(1)).await; }
