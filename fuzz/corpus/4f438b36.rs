// error: `#[generator]` needs the function's body, and `tail` has none
#[generator]
fn tail (n : u8) -> impl Iterator < Item = u8 > ;
