// error: unexpected end of input, expected square brackets
gen! {
#
}
