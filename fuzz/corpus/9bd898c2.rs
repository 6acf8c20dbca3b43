// error: `yield_!` cannot be used inside the arguments of `__state!`
#[generator]
fn tail (n : u8) -> impl Iterator < Item = u8 > { __state ! (0 .. 93usize yield_ ! ('\\')) }
