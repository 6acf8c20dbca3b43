// error: expected path segment after `::`
#[generator(crate = x ::< u8 >)]
fn g (self , n : u32 , mut v : Vec < u32 >) -> impl Generator < () , Return = u32 > { }
