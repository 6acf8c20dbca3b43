// error: `__t` borrows `p`, a local of the generator, and is used after a `yield_!`
#[generator]
const fn places () -> impl Iterator < Item = u32 > { let mut arr = [0u32 ; 4] ; arr [{ yield_ ! (1) ; 2 }] += { yield_ ! (2) ; 3 } ; let mut p = Point { x : 0 , y } ; * { let __t = (& mut p . y) ; yield_ ! (79usize) ; __t } -= 1 ; yield_ ! (p . x) ; }
