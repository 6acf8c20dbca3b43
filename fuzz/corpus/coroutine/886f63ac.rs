// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected one of: identifier, `::`, `<`, `_`, literal, `const`, `ref`, `mut`, `&`, parentheses, square brackets, `..`, `const`
#[generator]
fn blocks () -> impl Generator < () , Yield = u8 , Return = Option < u32 > > { unsafe { } ; { { yield_ ! (2) ; } let x = { { 3 } } ; yield_ ! (let) ; } }
