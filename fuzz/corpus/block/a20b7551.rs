// error: expected identifier, found keyword `enum`
gen! {
let mut enum = '\0' ; for
}
