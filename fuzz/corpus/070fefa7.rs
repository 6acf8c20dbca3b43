// error: `crate` takes a path, not a string
#[generator(crate = "gen_core")]
pub fn count_up (n : u32) -> impl Iterator < Item = u32 > { for i in 0 .. n { } }
