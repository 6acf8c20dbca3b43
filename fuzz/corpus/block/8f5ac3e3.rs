// error: expected one of: `crate`, curly braces, string literal
gen! {
extern a a
}
