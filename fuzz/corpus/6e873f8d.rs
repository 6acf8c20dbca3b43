// error: `#[generator]` needs the function's body, and `__argN` has none
#[generator]
pub fn __arg0 (n : Unpin) -> yield_from ! (0xff) ;
