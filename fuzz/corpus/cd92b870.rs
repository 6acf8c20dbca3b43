// error: `yield_from!` cannot be used inside a nested function or item
#[generator]
fn bodies () -> impl Iterator < Item = u8 > { const X : u8 = { yield_from ! (0 .. 25usize) ; 2 } ; }
