// error: a generator cannot promise `yield_from`
#[generator]
fn g (& self , n : u32 , mut v : Vec < u32 >) -> impl yield_from < Item = u32 > { yield_ ! (n) ; x += { yield_ ! (86usize) ; 86usize } ; }
