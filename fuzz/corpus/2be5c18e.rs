// error: `#[generator]` cannot parse this body: expected delimiter
#[generator]
fn blocks () { unsafe { yield_ ! ; } }
