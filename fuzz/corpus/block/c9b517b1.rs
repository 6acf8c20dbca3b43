// error: expected identifier, found keyword `extern`
gen! {
let mut extern = =
}
