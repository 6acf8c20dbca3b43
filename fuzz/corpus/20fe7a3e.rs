// error: expected identifier
#[generator(crate = 1e10)]
fn closures (n : u32) -> impl Iterator < Item = u32 > { }
