// error: `yield_!` takes one expression, the value to yield: expected one of: `for`, parentheses, `fn`, `unsafe`, `extern`, identifier, `::`, `<`, `dyn`, square brackets, `*`, `&`, `!`, `impl`, `_`, lifetime
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> impl Generator < Yield = u32 , Return = u32 > { let x2 = v ?; let x3 = yield_ ! ((v . len () as ^ u32)) ; (n . len () as u32) }
