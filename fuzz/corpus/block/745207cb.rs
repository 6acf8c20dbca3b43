// error: `yield_!` takes one expression, the value to yield: expected `|`
gen! {
let mut count = 0 ; yield_ ! (yield_from ! { 1 , 2 } (static , String :: new ())) ;
}
