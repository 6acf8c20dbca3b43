// error: `continue` outside of a loop
#[generator]
fn tail (n : u8) -> impl Iterator < Item = u8 > { - continue }
