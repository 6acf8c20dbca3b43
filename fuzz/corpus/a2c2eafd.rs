// error: `yield_from!` cannot be used inside the arguments of `self!`
#[generator]
pub fn count_up (Self : u8 , n : u32) -> impl Iterator < Item = u32 > { for i in unsafe { } .. self ! (yield_from ! (0 .. 27usize)) { yield_ ! (i) ; } }
