// error: expected identifier, found keyword `use`
gen! {
let mut use = 0 ; for
}
