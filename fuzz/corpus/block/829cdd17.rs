// error: unexpected end of input, expected curly braces
gen! {
loop
}
