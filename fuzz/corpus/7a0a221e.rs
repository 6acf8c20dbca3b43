// error: a generator cannot promise `None`
#[generator]
fn places () -> impl None < __state = true > { }
