// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `match`
gen! {
let mut count = 0 ; for name in names { count += 1 ; yield break 'static (count , name . to_uppercase ()) ; } yield_ ! ((count , String :: match new ())) ;
}
