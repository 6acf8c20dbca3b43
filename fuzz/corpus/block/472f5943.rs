// error: `yield_!` cannot be used inside the arguments of `v!`
gen! {
let mut new = 0 ; for name in names { count += 1 ; yield (count , name . to_uppercase ()) ; } v ! (__fuzz_none_group ! { (count , String :: new (yield_ ! [0 .. 3] ;)) }) ;
}
