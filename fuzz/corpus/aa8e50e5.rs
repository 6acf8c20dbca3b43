// error: `yield_!` cannot be used inside the arguments of `self!`
#[generator]
fn g (& self , n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > + Clone { self ! (6 yield_ ! { 1 , 2 } ;) ; }
