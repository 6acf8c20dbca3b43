// error: `#[generator]` needs the function's body, and `n` has none
#[generator]
fn n (& self , n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = Result < u32 , E >> ;
