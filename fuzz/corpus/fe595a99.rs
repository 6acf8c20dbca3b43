// error: a generator cannot promise `allow`
#[generator]
fn tail (n : u8) -> impl allow < Item = u8 > { match n { 0 => { } _ => yield_ ! (n) , } }
