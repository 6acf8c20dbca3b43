// error: `yield_!` cannot be used inside the arguments of `Item!`
gen! {
let mut count = 0 ; for name in names { count += 1 ; yield (count , name . to_uppercase ()) ; } Item ! ((count , String :: yield_ ! (1 , 2) new ())) ;
}
