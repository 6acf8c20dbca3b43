// error: expected integer literal
gen! {
return ; (7 , 'l1 : { return ; (yield) }) . 1e10
}
