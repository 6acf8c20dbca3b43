// error: `#[generator]` needs the function's body, and `yield_` has none
#[generator]
fn yield_ (& self , n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = Result < u32 , E >> ;
