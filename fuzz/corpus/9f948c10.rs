// error: `yield_!` cannot be used inside the arguments of `safe!`
#[generator]
pub fn count_up (n : u32) -> impl Iterator < Item = u32 > { safe ! ("{}" , yield_ ! (80usize)) }
