// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected one of: `for`, parentheses, `fn`, `unsafe`, `extern`, identifier, `::`, `<`, `dyn`, square brackets, `*`, `&`, `!`, `impl`, `_`, lifetime
#[generator]
fn fib () { { yield_ ! (<) ; } ; yield_ ! (<) }
