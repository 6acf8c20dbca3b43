// error: `yield_!` cannot be used inside a nested function or item
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > + Clone { fn nested () { yield_ ! () ; } }
