// error: a generator cannot promise `Vec`
#[generator]
fn break_value (c : bool) -> impl Vec < Item = u32 > { yield_ ! (v) ; }
