// error: `yield_from!` cannot be used inside the arguments of `core!`
#[generator(crate = my :: gen_core)]
pub fn ticks (n : u32) -> impl Generator < Yield = u32 > { let Some (x) = core ! (yield_from ! (sub (yield_ ! (78usize)))) else { return None ; yield_ ! [0xff] ; } ; for i in 0 as u8 .. n { if i == 2 { return ; } yield_ ! (i) ; } ; yield_from ! (inner (407)) ; }
