// error: `#[generator]` needs the function's body, and `x` has none
#[generator]
fn x (& self , n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = Result < u32 , E >> ;
