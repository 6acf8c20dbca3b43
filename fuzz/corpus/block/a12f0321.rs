// error: unexpected end of input, expected identifier or `_`
gen! {
const
}
