// error: expected identifier, found keyword `type`
gen! {
type type
}
