// error: `yield_from!` takes one expression, the iterable to yield from: expected `>`
#[generator]
fn pats ((a , b) : (u8 , u8) , mut c : u8 , _ : u8 , Point { x , .. } : Point , it : impl IntoIterator < Item = u8 >) -> impl Iterator < Item = u8 > { fn nested () { } yield_from ! (< it) ; }
