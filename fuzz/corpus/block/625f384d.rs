// error: expected identifier, found keyword `if`
gen! {
fn if fn
}
