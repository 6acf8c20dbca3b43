// error: expected `|`
gen! {
move
}
