// error: expected identifier, found keyword `where`
gen! {
let mut where = n ;
}
