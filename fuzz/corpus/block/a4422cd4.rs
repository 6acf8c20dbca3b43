// error: `yield_!` takes one expression, the value to yield: expected `=`
gen! {
let mut count = [yield_ ! (let 58usize) ; 3] ;
}
