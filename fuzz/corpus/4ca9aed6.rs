// error: a generator cannot promise this bound
#[generator]
fn tail (n : u8) -> impl for < 'a > Iterator < Item = & 'a u8 > { }
