// error: `yield_from!` takes one expression, the iterable to yield from: expected one of: identifier, `::`, `<`, `_`, literal, `const`, `ref`, `mut`, `&`, parentheses, square brackets, `..`, `const`
#[generator(crate = :: my :: reexport :: gen_core)]
fn paths () { gen_core :: yield_ ! (1) ; :: gen_core :: yield_from ! (for ! ["x" , 3]) ; yield ! (1) ; }
