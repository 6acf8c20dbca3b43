// error: a generator cannot promise `__out`
#[generator]
fn g () -> impl __out < Item = u32 > + '_ { }
