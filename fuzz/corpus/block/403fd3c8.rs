// error: `yield_from!` takes one expression, the iterable to yield from: unexpected end of input, expected one of: identifier, `::`, `<`, `_`, literal, `const`, `ref`, `mut`, `&`, parentheses, square brackets, `..`, `const`
gen! {
yield_from ! (0 .. let) ;
}
