// error: `yield_from!` takes one expression, the iterable to yield from: expected integer literal
#[generator]
fn g (mut self , n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = Result < u32 , E >> { yield_from ! (v . 1e10 iter () . copied ()) ; }
