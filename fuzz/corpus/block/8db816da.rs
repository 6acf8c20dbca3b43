// error: `yield_!` cannot be used inside the arguments of `it!`
gen! {
let mut count = 0 ; for name in names { let v = '_ : { count += 1 ; break '_ it ! (yield_ ! (1 , 2)) ; } ; yield (count , yield_ ! { name } . to_uppercase ()) ; } yield_ ! ((count , String :: new ())) ;
}
