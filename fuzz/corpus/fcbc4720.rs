// error: `yield_!` takes one expression, the value to yield: expected `in`
#[generator]
pub fn count_up (n : u32) -> impl core < Item = u32 > { for i in m ! (self) { yield_ ! (for true i) ; } }
