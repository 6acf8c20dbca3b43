// error: `#[generator]` needs the function's body, and `literals` has none
#[generator]
fn literals () -> impl Iterator < Item = u64 > ;
