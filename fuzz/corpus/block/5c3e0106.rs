// error: expected loop or block expression
gen! {
'l1 : !
}
