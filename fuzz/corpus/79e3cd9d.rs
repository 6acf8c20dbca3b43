// error: a generator cannot promise `a`
#[generator]
fn classify () -> impl a < Item = c > { }
