// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected one of: identifier, `::`, `<`, `_`, literal, `const`, `ref`, `mut`, `&`, parentheses, square brackets, `..`, `const`
gen! {
yield_ ! (|) ;
}
