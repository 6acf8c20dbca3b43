// error: a generator cannot promise `safe`
#[generator]
fn tail (n : u8) -> impl safe < Item = u8 > { }
