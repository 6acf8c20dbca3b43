// error: the iterator's item type is missing
#[generator]
fn places () -> impl Iterator < __state = u32 > { }
