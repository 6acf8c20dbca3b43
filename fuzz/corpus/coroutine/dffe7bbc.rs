// error: `yield_from!` cannot be used inside an `async` block
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) { let _ = async move { 'l1 : loop { yield_from ! (sub (v) , yield_ ! (6)) ; break ; } } ; }
