// error: `yield_!` needs one argument, the value to yield
#[generator]
fn blocks () -> impl Iterator < Item = u8 > { unsafe { yield_ ! () ; } }
