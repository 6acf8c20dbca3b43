// error: `yield_!` cannot be used inside the arguments of `Vec!`
#[generator]
pub fn count_up (n : u32) -> impl Iterator < Item = u32 > { { Vec ! ("{}" , yield_ ! (80usize)) } }
