// error: a generator cannot promise `closures`
#[generator]
fn closures (n : u32) -> impl closures < Item = u32 > { }
