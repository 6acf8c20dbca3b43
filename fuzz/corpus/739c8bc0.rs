// error: a generator cannot have an `extern` ABI
#[generator]
unsafe extern "C" fn bodies () -> impl Iterator < Item = u8 > { }
