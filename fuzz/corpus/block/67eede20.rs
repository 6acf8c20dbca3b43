// error: `yield_from!` takes one expression, the iterable to yield from: expected one of: `for`, parentheses, `fn`, `unsafe`, `extern`, identifier, `::`, `<`, `dyn`, square brackets, `*`, `&`, `!`, `impl`, `_`, lifetime
gen! {
c += a ; yield c + b + x ; yield_from ! (<- it) ;
}
