// error: `yield_from!` takes one expression, the iterable to yield from: expected one of: `for`, parentheses, `fn`, `unsafe`, `extern`, identifier, `::`, `<`, `dyn`, square brackets, `*`, `&`, `!`, `impl`, `_`, lifetime
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> impl Generator < u32 , Yield = u32 > { yield_from ! (<- g (5 , v . clone ()) , (n . len () as u32)) ; while true { continue ; } n }
