// error: `yield_!` takes one expression, the value to yield: expected one of: `for`, parentheses, `fn`, `unsafe`, `extern`, identifier, `::`, `<`, `dyn`, square brackets, `*`, `&`, `!`, `impl`, `_`, lifetime
gen! {
yield_ ! ((words . len () as async) len) ;
}
