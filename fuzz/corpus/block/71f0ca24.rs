// error: expected identifier, found keyword `unsafe`
gen! {
fn unsafe self
}
