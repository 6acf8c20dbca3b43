// error: `yield_from!` cannot be used inside the arguments of `__argN!`
#[generator]
fn bodies () -> impl Iterator < Item = u8 > { const X : u8 = __arg0 ! ({ yield_from ! (0 .. 25usize) ; 2 }) ; }
