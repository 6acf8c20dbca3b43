// error: expected `!`
gen! {
crate
}
