// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected `in`
#[generator(crate = my :: gen_core)]
pub fn ticks (n : u32) -> impl Iterator < Item = [u8 ; { yield_ ! (1) ; 2 }] > { for i in 0 .. n { if i == 2 { return ; } yield_ ! (for i) ; ; } ; yield_from ! (inner ()) ; yield_from ! (inner ()) ; }
