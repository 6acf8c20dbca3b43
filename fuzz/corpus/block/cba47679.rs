// error: expected identifier, found keyword `false`
gen! {
yield_ ! (1 , 2) ; let mut false = 7i32
}
