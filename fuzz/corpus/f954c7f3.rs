// error: `#[generator]` cannot parse this body: unexpected token, expected `}`
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> Box < dyn Iterator < Item = u8 > + Clone > { (S { f : 60usize , .. n iter0 . len () } as u32) ; }
