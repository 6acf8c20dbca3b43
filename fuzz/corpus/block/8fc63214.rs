// error: unexpected end of input, expected identifier or integer
gen! {
1e10 .
}
