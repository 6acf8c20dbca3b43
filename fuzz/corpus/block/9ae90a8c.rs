// error: expected identifier, found keyword `yield`
gen! {
type yield 0 ;
}
