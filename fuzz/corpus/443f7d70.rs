// error: `yield_!` cannot be used inside the arguments of `println!`
#[generator]
pub fn count_up (n : u32) { println ! ("{}" , yield_ !) }
