// error: a generator cannot promise `tail`
#[generator]
fn tail (n : u8) -> impl tail < Item = u8 > { }
