// error: `yield_!` cannot be used inside the arguments of `println!`
#[generator]
pub fn count_up (n : u32) -> impl Iterator < Item = u32 > { println ! ("{}" , yield_ ! (80usize)) }
