// error: expected identifier, found keyword `mut`
gen! {
trait mut
}
