// error: `yield_from!` cannot be used inside a nested function or item
#[generator]
fn fib () { const X : u8 = { yield_from ! (0 .. 2usize) ; 2 } ; }
