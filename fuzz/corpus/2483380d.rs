// error: a generator cannot promise `Clone`
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> Box < dyn Iterator < Item = u8 > + Clone > { (n . len () as u32) ; }
