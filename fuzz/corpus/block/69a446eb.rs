// error: expected identifier, found keyword `continue`
gen! {
yield ; let mut continue = f (n , v) ;
}
