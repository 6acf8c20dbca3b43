// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected one of: `for`, parentheses, `fn`, `unsafe`, `extern`, identifier, `::`, `<`, `dyn`, square brackets, `*`, `&`, `!`, `impl`, `_`, lifetime
gen! {
yield_ ! (n . len () as) ;
}
