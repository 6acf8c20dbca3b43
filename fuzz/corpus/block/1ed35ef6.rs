// error: `yield_!` takes one expression, the value to yield: expected `>`
gen! {
let mut count = 0 ; for name in names { count += 1 ; (count , name . to_uppercase (yield)) ; } yield_ ! ((< count , String :: new ())) ;
}
