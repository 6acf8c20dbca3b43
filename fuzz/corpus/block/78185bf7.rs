// error: `yield_!` cannot be used inside the arguments of `Box!`
gen! {
let mut count = 0 ; for name in names { count += 1 ; yield (count , name . to_uppercase ()) ; } Box ! ({ count , String :: new () } yield_ ! (0 .. 3) ;) ;
}
