// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `box`
gen! {
let mut count = 0 ; for name in names { count += 1 ; if x { '__step0 : loop { yield (count , name . to_uppercase ()) ; ; break '__step0 ; } } else { (yield) ; } } yield_ ! ((count , String :: box ())) ;
}
