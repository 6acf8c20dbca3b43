// valid
#[generator]
fn outer () -> impl Iterator < Item = u8 > { }
