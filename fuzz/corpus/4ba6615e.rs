// error: `#[generator]` cannot parse this body: expected `=`
#[generator]
fn g (self , n : u32 , mut v : Vec < u32 >) -> Returned < dyn Iterator < Item = u32 >> { while let Some (x) }
