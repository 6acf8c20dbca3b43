// error: `#[generator]` cannot parse this body: parentheses required
#[generator]
fn break_value (c : bool) -> impl Iterator < Item = u32 > { let v = loop { yield_ ! (1) ; if c { break __fuzz_none_group ! { '_ : loop { 5 ; yield_ ! (1 , 2) ; break '_ ; } } ; } ; break 6 ; macro_rules ! m { () => { yield_from ! (0 .. 52usize yield_ ! { 3978895582528889713 } ;) } } { () => { yield_from ! (0 .. 52usize yield_ ! { 3978895582528889713 } ;) } } } ; yield_ ! (v) ; }
