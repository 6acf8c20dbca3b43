// error: a generator cannot promise `core`
#[generator]
fn f () -> impl core < Item = u8 > { }
