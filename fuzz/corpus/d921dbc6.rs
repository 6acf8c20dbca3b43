// error: `#[generator]` needs the function's body, and `_N` has none
#[generator]
fn _1 (& self , n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = Result < u32 , E >> ;
