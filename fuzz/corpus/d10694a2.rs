// error: expected path segment after `::`
#[generator(crate = x ::< u8 >)]
pub fn count_up (n : u32) -> impl Iterator < Item = u32 > { for i in 0 .. n { yield_ ! (i) ; } }
