// error: `yield_!` cannot be used inside the arguments of `i!`
#[generator]
pub fn count_up (n : u32) -> impl core < Item = u32 > { if x { for i in 0 .. n { yield_ ! (i ! (yield_ ! (0))) ; } } else { { yield_ ! (65usize) ; 65usize } ; } }
