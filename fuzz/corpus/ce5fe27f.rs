// error: `yield_from!` cannot be used inside a match guard
#[generator]
fn i (n : u8) -> impl Iterator < Item = u8 > { match x { _ if yield_from ! (0 .. 12usize) => { } _ => yield_from ! (0 .. 12usize) } ; }
