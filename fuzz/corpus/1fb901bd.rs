// valid
#[generator]
fn f () -> impl Iterator < Item = b > { }
