// error: `#[generator]` cannot parse this body: casts cannot be followed by `?`
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > { v + (((v . len () as u32 ?) as u64) as u32) ; }
