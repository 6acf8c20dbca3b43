// error: a generator cannot promise `auto`
#[generator]
fn tail () -> impl auto < Item = impl Sized > { }
