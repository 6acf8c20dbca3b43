// error: `#[generator]` needs the function's body, and `fib` has none
#[generator]
fn fib () ;
