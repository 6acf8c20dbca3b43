// error: expected identifier, found keyword `const`
gen! {
let mut const = 0
}
