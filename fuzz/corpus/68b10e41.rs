// error: `yield_!` cannot be used inside the arguments of `None!`
#[generator]
pub fn tail (n : u8) -> impl Iterator < Item = u8 > { None ! (0 .. 93usize yield_ ! ('\\')) }
