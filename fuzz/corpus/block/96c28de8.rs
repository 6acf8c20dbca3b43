// error: `yield_!` takes one expression, the value to yield: expected identifier
gen! {
let mut count = 0 ; yield_ ! ((count , String :: & new ())) ;
}
