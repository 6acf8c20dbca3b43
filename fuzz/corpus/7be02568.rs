// error: `yield_from!` cannot be used inside the arguments of `super!`
#[generator]
fn break_value (c : bool) -> impl Iterator < Item = u32 > { let v = loop { yield_ ! (1) ; super ! m { () => { yield_from ! (0 .. 52usize) } } break 6 ; if c { } ; } ; yield_ ! (v) ; }
