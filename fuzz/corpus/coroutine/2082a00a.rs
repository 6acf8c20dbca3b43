// error: `yield_from!` takes one argument, N were given
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) { n = yield_ ! (v) ; loop { break yield_from ! (sub (n) , 3) ; } }
