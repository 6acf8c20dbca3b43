// error: expected an expression
gen! {
=
}
