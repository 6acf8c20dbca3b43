// error: expected `,`
#[generator(crate __fuzz_none_group ! { = x as y })]
fn outer () -> impl Generator < Yield = u8 , Return = usize > { }
