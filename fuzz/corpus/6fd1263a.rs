// error: a generator cannot promise `__self`
#[generator]
fn tail (n : u8) -> impl __self < Item = u8 > { }
