// error: a generator cannot promise `get`
#[generator]
fn found (x : u32) -> impl get < Item = u32 > { let r = 'found : { if x == 0 { 'outer : { yield_ ! (0) ; break 'found 100 ; } } ; 'a : loop { 300 ; break 'a ; } } ; yield_ ! (r) ; }
