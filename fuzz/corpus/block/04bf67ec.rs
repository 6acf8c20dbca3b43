// error: expected curly braces
gen! {
loop .
}
