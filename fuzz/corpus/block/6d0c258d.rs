// error: `yield_from!` takes one expression, the iterable to yield from: unexpected end of input, expected one of: `for`, parentheses, `fn`, `unsafe`, `extern`, identifier, `::`, `<`, `dyn`, square brackets, `*`, `&`, `!`, `impl`, `_`, lifetime
gen! {
while let Some (x) = n . pop () { yield n . min ({ yield_from ! (0 .. (v . len () as)) }) ; } (* & (loop { break (const { [(yield v) , v . min ({ n })] } [0]) ; })) ; { let x3 = { yield n ; 1 } ; 6 }
}
