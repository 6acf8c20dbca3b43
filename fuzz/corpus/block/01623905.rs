// error: expected identifier, found keyword `break`
gen! {
let mut break
}
