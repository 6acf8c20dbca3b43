// error: a generator cannot promise `Err`
#[generator]
fn pairs (n : u32) -> impl Err < Item = (u32 , u32) > { }
