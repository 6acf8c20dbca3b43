// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `return`
gen! {
let mut count = 0 ; for name in names { count += 1 ; yield (count , name . to_uppercase ()) ; } yield_ ! ((count , String :: return ())) ;
}
