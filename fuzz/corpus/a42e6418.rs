// error: a generator cannot promise `count`
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> Box < dyn count < Item = u32 >> { let x2 = v ; v }
