// error: unexpected end of input, expected one of: `crate`, curly braces, string literal
gen! {
extern
}
