// error: `yield_!` cannot be used inside an `async` block
#[generator]
pub fn count_up (# [resume] __r : u32 , n : u32) { async { for i in 0 .. n { yield_ ! (i) ; } } }
