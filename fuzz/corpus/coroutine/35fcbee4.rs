// error: a generator cannot promise `yield_`
#[generator]
fn break_value (c : bool) -> impl yield_ < () , Yield = u32 > + Send { let v = loop { yield_ ! (1) ; if c { break 5 ; } ; break 6 ; x += yield_ ! (14usize) + 1 ; } ; yield_ ! (v) ; }
