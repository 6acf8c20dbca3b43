// error: expected `fn`
gen! {
< extern <= ..
}
