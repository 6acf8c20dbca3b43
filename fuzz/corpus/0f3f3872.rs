// error: `yield_!` cannot be used inside a match guard
#[generator]
fn deep (c : bool , x : u8) -> impl Iterator < Item = () > { while c { if c { (while c { (yield_ ! (1) , 1) ; } , 1) } else { () ; match x { _ if yield_ ! (5usize) => { } _ => yield_ ! (5usize) } } ; } ; }
