// error: `yield_from!` cannot be used inside the arguments of `core!`
#[generator]
pub unsafe fn count_up (n : u32) -> impl Iterator < Item = u32 > { for i in & unsafe { 0 } .. core ! (yield_from ! (0 .. 27usize)) { yield_ ! (i) ; } }
