// error: `yield_from!` takes one expression, the iterable to yield from: expected one of: identifier, `::`, `<`, `_`, literal, `const`, `ref`, `mut`, `&`, parentheses, square brackets, `..`, `const`
#[generator(crate = :: my :: reexport :: gen_core)]
fn paths () -> impl Iterator < Item = u32 > { gen_core :: yield_ ! (1) ; :: gen_core :: yield_from ! (for ! [2 , 3]) ; my :: reexport :: gen_core :: yield_ ! (4) ; }
