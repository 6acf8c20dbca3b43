// error: `#[generator]` needs the function's body, and `bodies` has none
#[generator]
fn bodies () -> impl Iterator < Item = u8 > ;
