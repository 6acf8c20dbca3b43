// error: expected identifier, found keyword `return`
gen! {
let mut return count = 0 for name in
}
