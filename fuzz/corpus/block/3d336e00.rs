// error: expected identifier, found keyword `impl`
gen! {
let mut impl = 0
}
