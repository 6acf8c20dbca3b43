// error: expected identifier
#[generator(crate = { x })]
fn g (& self , n : u32 , mut v : Vec < u32 >) { n }
