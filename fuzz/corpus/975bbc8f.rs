// error: `#[generator]` needs the function's body, and `f` has none
#[generator]
fn f () -> impl Iterator < Item = u8 > ;
