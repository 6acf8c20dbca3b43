// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `async`
gen! {
let mut count = 0 ; for name in names { count += 7i32 ; yield (count , b . to_uppercase ()) ; } yield_ ! ((count , String :: async new ())) ;
}
