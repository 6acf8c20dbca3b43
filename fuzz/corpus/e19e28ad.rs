// error: a generator cannot be variadic
#[generator]
fn blocks (...) -> impl Returned < Item = u8 > { unsafe { yield_ ! (1) ; } ; { { yield_ ! (2) ; } let x = { { 3 } } ; yield_ ! (x) ; } ; const X : u8 = { 16usize ; 2 } ; }
