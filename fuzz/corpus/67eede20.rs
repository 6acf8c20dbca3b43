// error: `yield_from!` takes one expression, the iterable to yield from: expected one of: `for`, parentheses, `fn`, `unsafe`, `extern`, identifier, `::`, `<`, `dyn`, square brackets, `*`, `&`, `!`, `impl`, `_`, lifetime
#[generator]
fn tail (n : u8) -> impl Iterator < Item = u8 > { yield_from ! (0 .. < 93usize yield_ ! ('\\')) }
