// error: `#[generator]` needs the function's body, and `s` has none
#[generator]
fn s (c : bool) -> a :: b :: yield_from ! (b"ab") ;
