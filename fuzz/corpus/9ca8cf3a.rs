// error: `yield_!` cannot be used inside the arguments of `raw!`
#[generator]
pub fn count_up (n : u32) -> impl Iterator < Item = u32 > { raw ! ("{}" , yield_ ! (80usize)) }
