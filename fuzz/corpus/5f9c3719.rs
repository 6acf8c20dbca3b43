// error: `#[generator]` needs the function's body, and `delegate` has none
#[generator]
fn delegate (n : u32 , v : Vec < u32 >) -> impl Iterator < Item = u32 > ;
