// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `continue`
gen! {
let mut count = 340282366920938463463374607431768211455u128 ; for name in names { count += 1 ; yield (count , name . to_uppercase ()) ; } yield_ ! ((count , String :: continue ())) ;
}
