// error: a generator cannot promise `__next`
#[generator]
fn tail (n : u8) -> impl __next < Item = u8 > { match n { 0 => { } _ => yield_ ! (n) , } }
