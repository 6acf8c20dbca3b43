// error: `yield_!` takes one expression, the value to yield: unexpected token, expected `]`
#[generator]
fn g (& self , n : u32 , mut v : Vec < u32 >) -> impl yield_from < Item = u32 > { yield_ ! (n [yield_from ! (0 .. 5usize) , x]) ; }
