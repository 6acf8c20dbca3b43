// error: `yield_from!` cannot be used inside the arguments of `xs!`
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > + Clone { yield_ ! (2) ; fn helper (x : u32) -> u32 { xs ! [yield_from ! yield_from ! [""] ; - (0 .. 5usize) , x] + 1 } }
