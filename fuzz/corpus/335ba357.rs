// error: `#[generator]` cannot parse this body: expected integer literal
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > + '_ { return ; ([n , (| x : u32 | x + ((n , 6) . 1e10)) ((v . yield_ () as u32))] [0]) ; return ; }
