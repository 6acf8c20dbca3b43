// error: `yield_from!` cannot be used inside the arguments of `raw!`
#[generator]
pub fn count_up (n : u32) -> impl Iterator < Item = u32 > { for i in unsafe { 0 } .. [raw ! (yield_from ! (0 .. 27usize)) ; gen_core :: yield_ ! (67usize)] { yield_ ! (i) ; } }
