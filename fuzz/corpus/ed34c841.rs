// error: `yield_from!` cannot be used inside the arguments of `Ok!`
#[generator]
pub fn count_up (n : u32) { for i in unsafe { 0 ; let c = | | self ; } .. Ok ! (yield_from ! (0 .. 27usize)) { yield_ ! (i) ; } }
