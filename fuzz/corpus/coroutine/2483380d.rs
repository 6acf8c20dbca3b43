// error: a generator cannot promise `Clone`
#[generator]
fn g (# [resume] r : () , n : u32 , mut v : Vec < u32 >) -> Box < dyn Iterator < Item = u8 > + Clone > { yield_from ! (inner ()) ; v }
