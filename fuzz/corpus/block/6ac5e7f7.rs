// error: expected one of: literal, identifier, `::`, `<`, `self`, `Self`, `super`, `crate`, `const`
gen! {
let -=
}
