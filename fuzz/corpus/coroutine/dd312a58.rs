// error: `self` cannot receive the first resume value
#[generator]
fn outer (# [resume] self) -> impl Generator < Yield = u8 , Return = usize > { }
