// error: `yield_!` cannot be used inside a nested function or item
#[generator]
pub fn count_up (n : u32) -> impl Generator < () , Yield = u32 > { fn nested () { for i in 0 .. n { yield_ ! (i) ; } } }
