// error: expected identifier, found keyword `let`
gen! {
let mut let
}
