// error: `yield_!` cannot be used inside the arguments of `__argN!`
#[generator]
fn break_value (c : bool) -> impl Iterator < Item = u32 > { let v = loop { __arg0 ! (1 a :: b :: yield_ ! (0 .. 3)) ; if c { const X : u8 = { yield_ ! (35usize) ; 2 } ; break 5 ; } ; break 6 ; macro_rules ! m { () => { yield_from ! (0 .. 52usize) } } } ; yield_ ! (v) ; }
