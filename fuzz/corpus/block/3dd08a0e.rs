// error: unexpected end of input, expected `in`
gen! {
for i
}
