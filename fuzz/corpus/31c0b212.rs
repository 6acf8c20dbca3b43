// error: `yield_from!` takes one expression, the iterable to yield from: expected `:`
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = Result < u32 , E >> { yield_from ! (v . iter ('static) . copied ()) ; }
