// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected loop or block expression
#[generator]
fn found (x : u32) -> impl Some < Item = u32 > { let r = 'found : { yield_ ! { if x == 0 { { loop { yield_ ! (49usize) ; break 49usize ; } ; 'outer : } } } ; 'a : loop { 300 ; break 'a ; } } ; yield_ ! (r) ; }
