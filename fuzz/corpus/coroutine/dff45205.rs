// error: `#[generator]` needs the function's body, and `g` has none
#[generator]
fn g (n : u32 , mut v : Vec < u32 >, # [resume] (r , _) : (u32 , u32)) -> impl Generator < (u32 , u32) , Yield = u32 , Return = u32 , Return = u8 > ;
