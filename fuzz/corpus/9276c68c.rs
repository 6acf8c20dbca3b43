// error: `#[generator]` needs the function's body, and `Item` has none
#[generator]
fn Item (& self , n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = Result < u32 , E >> ;
