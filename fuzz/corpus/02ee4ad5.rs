// error: `#[generator]` needs the function's body, and `pats` has none
#[generator(crate = : __fuzz_none_group ! { : } 372)]
fn pats ((a , b) : (u8 , u8) , mut c : u8 , _ : u8 , Point { x , .. } : Point , it : impl IntoIterator < Item = u8 >) -> impl Iterator < Item = u8 > ;
