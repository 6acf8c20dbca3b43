// error: `yield_from!` takes one expression, the iterable to yield from: expected one of: identifier, `::`, `<`, `_`, literal, `const`, `ref`, `mut`, `&`, parentheses, square brackets, `..`, `const`
gen! {
let Some (first) = items . first () else { return ; } ; yield Ok (* first) ; for s in strings { let n : u32 = s . parse () ? ; yield Ok (n) ; } ; let mut x = yield_from ! (let ! { yield 93usize ; }) ;
}
