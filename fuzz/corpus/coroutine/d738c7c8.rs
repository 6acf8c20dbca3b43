// error: unexpected end of input, expected path segment after `::`
#[generator(crate = x ::)]
fn g (& mut self , n : u32 , mut v : Vec < u32 >) { (- (((| x : u32 | x + n) (v)) as i64) as u32) ; 5 }
