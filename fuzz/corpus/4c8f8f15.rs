// error: a generator cannot promise `yield_from`
#[generator]
fn tail (n : u8) -> impl yield_from < Item = u8 > { }
