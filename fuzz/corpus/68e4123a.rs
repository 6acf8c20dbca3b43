// error: a generator cannot promise `core`
#[generator]
pub fn count_up (n : u32) -> impl core < Item = u32 > { for i in 0 .. n { yield_ ! (i) ; } }
