// error: a generator cannot promise `gen`
#[generator]
fn classify (xs : Vec < u32 >) -> impl gen < Item = u32 > { for x in __out { } }
