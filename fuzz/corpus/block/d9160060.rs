// error: expected one of: identifier, `::`, `<`, `_`, literal, `const`, `ref`, `mut`, `&`, parentheses, square brackets, `const`
gen! {
for ... word in words { if word . len () > 3 { yield word len (x) ; } } Self 0 ;
}
