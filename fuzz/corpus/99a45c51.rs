// error: `yield_!` cannot be used inside the arguments of `c!`
#[generator]
fn break_value (c : bool) -> impl Iterator < Item = u8 > + Debug { let v = if let Some (x) = (yield_ ! (0usize) , 0usize) . 1 && let Some (y) = loop { yield_ ! (1) ; if c { break 5 ; } ; c ! [{ yield_ ! (45usize) ; 45usize }] ; break 6 ; } { yield_from ! () ; x } else { (yield_ ! (0usize) , 0usize) . 1 } ; yield_ ! (v) ; }
