// error: `yield_!` cannot be used inside the arguments of `crate!`
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > + { fn nested () { crate ! (yield_ ! (>) ;) ; } }
