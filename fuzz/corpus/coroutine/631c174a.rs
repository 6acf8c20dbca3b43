// error: this coroutine is resumed with `(yield_from ! (Some))`, and no parameter receives the first resume value
#[generator]
pub fn count_up (n : u32) -> impl Generator < (yield_from ! (Some)) , Yield = u32 , Return = u32 > { for i in (| | 0) () .. n { yield_ ! (i) ; } }
