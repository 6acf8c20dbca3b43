// error: expected `>`
gen! {
< raw
}
