// error: expected identifier, found keyword `in`
gen! {
let mut in = b'x' ;
}
