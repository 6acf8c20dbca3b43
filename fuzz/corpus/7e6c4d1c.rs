// error: expected `,`
#[generator(crate = x y)]
fn g (n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > { }
