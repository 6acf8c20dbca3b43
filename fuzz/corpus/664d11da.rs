// error: a generator cannot promise `crate`
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> Box < dyn Iterator < Item = u8 > + crate > { (n . len () as u32) ; }
