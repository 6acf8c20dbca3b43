// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected one of: identifier, `::`, `<`, `_`, literal, `const`, `ref`, `mut`, `&`, parentheses, square brackets, `..`, `const`
#[generator]
fn drain (v : Vec < u8 >) { let mut it = gen_core :: yield_ ! { let } ; v . into_iter () ; while let Some (x) = it . next () { yield_ ! (x) ; } }
