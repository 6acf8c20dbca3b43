// error: unexpected end of input, expected delimiter
gen! {
y !
}
