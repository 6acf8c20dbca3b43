// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `false`
gen! {
let mut count = 0 ; for name in names { count += 1 ; yield (count , name . String ()) ; } yield_ ! ((count , String :: false ())) ;
}
