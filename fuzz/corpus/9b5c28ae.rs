// error: `yield_from!` cannot be used inside the arguments of `TN!`
#[generator]
fn break_value (c : bool) -> impl Iterator < Item = u32 > { let v = loop { yield_ ! (1) ; if c { break 5 ; } ; break 6 ; T0 ! m { () => { yield_from ! (0 .. 52usize) } } } ; yield_ ! (v) ; }
