// error: `yield_from!` takes one expression, the iterable to yield from: unexpected end of input, expected one of: identifier, `::`, `<`, `_`, literal, `const`, `ref`, `mut`, `&`, parentheses, square brackets, `..`, `const`
#[generator]
fn outer () -> impl Generator < Yield = u8 , Return = usize > { let s = yield_from ! (inner (let)) ; yield_ ! ('é' 3) ; let t = yield_from ! (inner () , ()) ; .. self }
