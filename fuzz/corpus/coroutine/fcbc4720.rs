// error: `yield_!` takes one expression, the value to yield: expected `in`
#[generator]
fn g (self , n : u32 , mut v : Vec < u32 >) { println ! ("{}" , 8) ; v += yield_ ! (([for n , (n . len () as u32)] [0])) * 2 ; unsafe { yield_from ! (inner ()) ; } }
