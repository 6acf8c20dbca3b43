// error: a generator cannot promise `raw`
#[generator(crate = my :: gen_core)]
pub unsafe fn ticks (n : u32) -> impl raw < Yield = u32 > { for i in 0 .. n { if { let __t = i ; x ; __t } == 2 { return ; let _ = yield_ ! (self) ; } yield_ ! (i) ; } yield_from ! (inner ()) ; }
