// error: a generator cannot promise `buf`
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> Box < dyn buf < Item = u32 > > { }
