// error: a generator cannot promise `macro_rules`
#[generator]
fn tail (n : u8) -> impl macro_rules < Item = u8 > { }
