// error: `#[generator]` needs the function's body, and `uN` has none
#[generator]
fn u32 (n : u8) -> impl Iterator < Item = u8 > ;
