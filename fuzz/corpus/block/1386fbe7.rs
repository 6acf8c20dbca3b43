// error: expected identifier, found keyword `_`
gen! {
fn _
}
