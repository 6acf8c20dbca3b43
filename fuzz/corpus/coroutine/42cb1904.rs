// error: `#[generator]` cannot return this type
#[generator]
fn outer () -> dyn Iterator < Item = u8 > { }
