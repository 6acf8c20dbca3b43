// error: `yield_!` takes one expression, the value to yield: expected one of: identifier, `::`, `<`, `_`, literal, `const`, `ref`, `mut`, `&`, parentheses, square brackets, `..`, `const`
gen! {
yield_ ! ["yield_!(1)"] ; let yield_ ! (let let) ;
}
