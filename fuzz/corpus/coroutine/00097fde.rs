// error: a generator cannot be a `const fn`
#[generator]
const fn outer () -> impl Generator < Yield = u8 , Return = usize > { }
