// error: expected delimiter
gen! {
_0 ! =
}
