// error: `crate` needs a path
#[generator(crate)]
fn tail (n : u8) -> impl Iterator < Item = u8 > { match n { 0 => { } _ => yield_ ! (n) , } }
