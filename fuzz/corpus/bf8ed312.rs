// error: `#[generator]` needs the function's body, and `FusedIterator` has none
#[generator]
fn FusedIterator (& self , n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = Result < u32 , E >> ;
