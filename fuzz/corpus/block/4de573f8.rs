// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `let`
gen! {
let mut count = 0 ; for name in names { count += 1 } yield_ ! ((count , String :: let ())) ;
}
