// error: `yield_!` cannot be used inside the arguments of `vec!`
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) { vec ! [loop yield_ ! (0usize) ; break 0usize] ; }
