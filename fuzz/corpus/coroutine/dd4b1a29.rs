// error: `#[generator]` cannot parse this body: expected parentheses
#[generator]
fn g (self , n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > { fn m ! (x) self . f }
