// error: expected identifier, found keyword `else`
gen! {
type else core
}
