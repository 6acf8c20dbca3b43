// error: `yield_!` takes one expression, the value to yield: expected one of: identifier, `::`, `<`, `_`, literal, `const`, `ref`, `mut`, `&`, parentheses, square brackets, `..`, `const`
#[generator]
fn drain (mut self) -> impl Iterator < Item = u32 > { yield_ ! (let . a :: b :: yield_ ! { 1 , 2 } ;) ; }
