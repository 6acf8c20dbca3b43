// error: `yield_from!` takes one expression, the iterable to yield from: unexpected end of input, expected one of: identifier, `::`, `<`, `_`, literal, `const`, `ref`, `mut`, `&`, parentheses, square brackets, `..`, `const`
#[generator]
fn lines (path : & str) -> impl Iterator < Item = Result < String , std :: io :: Error >> + '_ { let yield_from ! (let) ; }
