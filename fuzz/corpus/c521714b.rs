// error: `#[generator]` cannot parse this body: casts cannot be followed by a method call
#[generator]
fn g (n : u32 , mut x : u8 , mut v : Vec < u32 >) -> impl Iterator < Item = Result < u32 , E > > { (v . len () as u32 . max (1)) ; return ; }
