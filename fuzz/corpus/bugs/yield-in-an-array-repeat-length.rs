// panic at gen-macro/src/normalize.rs:408:13: internal error: entered unreachable code: compound() is called on expressions that suspend
// a suspension point in the length of `[x; n]` (a const context): no error is reported, and normalize reaches unreachable!()
#[generator]
fn f() -> impl Iterator<Item = u8> { let a = [0u8; { yield_!(1); 2 }]; yield_!(a[0]); }
