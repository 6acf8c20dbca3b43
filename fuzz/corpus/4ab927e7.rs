// error: a generator cannot promise `must_use`
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > + must_use { }
