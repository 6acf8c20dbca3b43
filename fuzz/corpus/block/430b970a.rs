// error: expected `:`
gen! {
'_
}
