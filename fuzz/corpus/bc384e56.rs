// error: `yield_from!` cannot be used inside the arguments of `m!`
#[generator]
pub fn count_up (n : u32) -> impl Iterator < Item = u32 > { for i in unsafe { 0 } .. m ! (yield_from ! (0 .. 27usize)) { yield_ ! (i) ; } }
