// error: `yield_from!` takes one expression, the iterable to yield from: unexpected end of input, expected one of: `for`, parentheses, `fn`, `unsafe`, `extern`, identifier, `::`, `<`, `dyn`, square brackets, `*`, `&`, `!`, `impl`, `_`, lifetime
#[generator]
fn g (& self , n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > { yield_from ! [<] ; (n . len () as u32) ; }
