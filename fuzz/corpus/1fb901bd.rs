// valid
#[generator]
fn f () -> impl Iterator < Item = u8 > { }
