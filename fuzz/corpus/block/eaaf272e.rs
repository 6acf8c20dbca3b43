// error: unexpected end of input, expected range upper bound
gen! {
for ..=
}
