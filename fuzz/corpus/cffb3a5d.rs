// error: a generator cannot promise `Item`
#[generator]
fn tail (n : u8) -> impl Item < Item = u8 > { }
