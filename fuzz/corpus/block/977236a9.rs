// error: expected identifier, found keyword `match`
gen! {
let _guard = Guard :: match (& log) ; yield kept
}
