// error: `yield_!` cannot be used inside the arguments of `r#type!`
#[generator]
fn tail (n : u8) -> impl Iterator < Item = u8 > { r#type ! (0 .. 93usize yield_ ! ('\\')) }
