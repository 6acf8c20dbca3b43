// error: unexpected end of input, expected loop or block expression
gen! {
'l1 :
}
