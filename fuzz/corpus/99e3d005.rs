// error: `yield_!` cannot be used inside the arguments of `Err!`
#[generator]
pub fn count_up (n : u32) -> impl Iterator < Item = u32 > { Err ! ("{}" , yield_ ! (80usize)) }
