// error: `#[generator]` cannot parse this body: casts cannot be followed by a method call
#[generator]
fn g (# [resume] & r : & 'a u32 , n : u32 , mut v : Vec < u32 >) -> impl Generator <& 'a u32 , Yield = u32 , Return = u32 > + Clone { return yield_from ! (inner ()) ; ((v as u64) as u32 . max (n)) ; 1 }
