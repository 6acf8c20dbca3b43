// error: `#[generator]` needs the function's body, and `closures` has none
#[generator(crate = 1e10)]
fn closures (n : u32) -> impl Iterator < Item = u32 > ;
