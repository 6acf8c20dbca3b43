// error: a generator cannot promise `__`
#[generator]
fn blocks () -> impl __ < a = u8 > { (()) }
