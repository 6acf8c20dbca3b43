// error: `yield_from!` cannot be used inside the arguments of `__out!`
#[generator(crate = my :: gen_core)]
pub fn ticks (n : u32) { for i in 0 .. (n) { if i == 2 { return ; } ; yield_ ! (i) ; let _ = __out ! (yield_from ! (0 .. 52usize)) ; } yield_from ! (inner ()) ; }
