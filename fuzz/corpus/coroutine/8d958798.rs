// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected one of: `for`, parentheses, `fn`, `unsafe`, `extern`, identifier, `::`, `<`, `dyn`, square brackets, `*`, `&`, `!`, `impl`, `_`, lifetime
#[generator]
fn outer () -> impl Generator < Yield = u8 , Return = usize > { let s = yield_from ! (inner ()) ; yield_ ! (<) ; let t = yield_from ! (inner () , ()) ; s . len () + t . len () }
