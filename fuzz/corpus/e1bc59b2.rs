// error: `crate` is given twice
#[generator(crate = x , crate = y)]
fn tail (n : u8) -> impl Iterator < Item = u8 > { match n { 0 => { } _ => yield_ ! (n) , } }
