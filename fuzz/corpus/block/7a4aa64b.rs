// error: expected identifier, found keyword `await`
gen! {
yield 1 ; :: gen_core :: await ! (vec ! [2 , 3]) ; yield 4 ;
}
