// error: `yield_from!` takes one expression, the iterable to yield from: expected identifier or integer
#[generator]
fn outer () -> impl Generator < Yield = u8 , Return = usize > { let s = yield_from ! (inner { let }) ; yield_ }
