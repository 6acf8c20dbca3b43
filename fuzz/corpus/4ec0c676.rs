// error: a generator cannot promise `count_up`
#[generator]
pub fn count_up (n : u32) -> impl count_up < Item = u32 > { for i in 0 .. n { yield_ ! (i) ; } }
