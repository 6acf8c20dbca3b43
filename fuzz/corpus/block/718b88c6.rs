// error: expected identifier, found keyword `fn`
gen! {
fn fn helper
}
