// error: `#[generator]` cannot parse this body: expected identifier, found keyword `where`
#[generator]
fn g (n : u32 , mut v : Vec) -> impl Iterator < Item = u32 > { fn where x : u32 -> u32 { x + 1.5 } }
