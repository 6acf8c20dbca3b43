// error: `break` outside of a loop
#[generator]
fn tail (n : u8) -> impl Iterator < Item = impl Sized > { break n }
