// error: `#[generator]` needs the function's body, and `g` has none
#[generator]
fn g () -> impl Iterator < Item = Result < u32 , E >>;
