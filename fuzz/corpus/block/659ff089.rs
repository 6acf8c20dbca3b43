// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected identifier
gen! {
let mut count = 0 ; for name in names { count } yield_ ! ((count , String ::)) ;
}
