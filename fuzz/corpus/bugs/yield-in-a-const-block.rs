// panic at gen-macro/src/normalize.rs:408:13: internal error: entered unreachable code: compound() is called on expressions that suspend
// a suspension point in a const block: no error is reported, and normalize reaches unreachable!()
#[generator]
fn f() -> impl Iterator<Item = u8> { const { yield_!(1) }; }
