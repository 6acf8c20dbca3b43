// error: `yield_from!` takes one expression, the iterable to yield from: unexpected end of input, expected one of: `for`, parentheses, `fn`, `unsafe`, `extern`, identifier, `::`, `<`, `dyn`, square brackets, `*`, `&`, `!`, `impl`, `_`, lifetime
#[generator]
fn two (# [resume] first : u32) -> impl Generator < u32 , Yield = false , Return = (u32 , u32) > { yield_from ! [<] ; }
