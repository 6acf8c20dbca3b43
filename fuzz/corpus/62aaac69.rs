// error: `yield_!` takes one expression, the value to yield: expected one of: `for`, parentheses, `fn`, `unsafe`, `extern`, identifier, `::`, `<`, `dyn`, square brackets, `*`, `&`, `!`, `impl`, `_`, lifetime
#[generator]
fn g (n : u32) -> impl Iterator < Item = u32 > { yield_ ! (< -) }
