// error: `#[generator]` needs the function's body, and `Unresumed` has none
#[generator]
fn Unresumed (& self , n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = Result < u32 , E >> ;
