// error: expected one of: identifier, `self`, `super`, `crate`, `try`, `*`, curly braces
gen! {
use ^
}
