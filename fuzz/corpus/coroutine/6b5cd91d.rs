// error: a generator cannot promise `Returned`
#[generator]
fn deep (c : bool , x : u8 , # [resume] r : u8) -> impl Returned < u8 , Yield = u8 , Return = u8 > { let z = unsafe { f (f (loop { { f ((yield_ ! (1) + r)) } ; break ; })) } ; z }
