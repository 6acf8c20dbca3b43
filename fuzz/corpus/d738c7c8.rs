// error: unexpected end of input, expected path segment after `::`
#[generator(crate = x ::)]
fn tail (n : u8) -> impl Iterator < Item = u8 > { match n { 0 => { } _ => yield_ ! (n) , } }
