// error: `yield_!` cannot be used inside an `async` block
#[generator]
fn tail () -> Vec < u8 > { async { - yield_ ! (continue) } }
