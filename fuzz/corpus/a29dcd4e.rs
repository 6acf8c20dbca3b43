// error: unexpected end of input, expected identifier
#[generator(crate =)]
fn g (& mut self , n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > { 5 ; }
