// error: `yield_!` cannot be used inside the arguments of `default!`
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> () { default ! [loop { yield_ ! (0usize) = break 0usize ; } , return] ; }
