// error: a generator cannot promise `i`
#[generator]
fn break_value (c : bool) -> impl i { }
