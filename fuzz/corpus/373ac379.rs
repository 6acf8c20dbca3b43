// error: `yield_!` cannot be used inside the arguments of `uN!`
#[generator]
fn tail (n : u8) -> impl Iterator < Item = u8 > { u8 ! (0 .. 93usize yield_ ! ('\\')) ; yield_from ! (0b1u8 (n : u8)) }
