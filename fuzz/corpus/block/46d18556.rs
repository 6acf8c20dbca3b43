// error: unexpected end of input, expected an expression
gen! {
&
}
