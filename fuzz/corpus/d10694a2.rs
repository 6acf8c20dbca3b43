// error: expected path segment after `::`
#[generator(crate = x ::< u8 >)]
fn f () { }
