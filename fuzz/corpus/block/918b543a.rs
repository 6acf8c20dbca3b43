// error: expected `;` or curly braces
gen! {
mod core yield_from if
}
