// error: `#[generator]` needs the function's body, and `g` has none
#[generator]
fn g (& self , n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = Result < u32 , E >> ;
