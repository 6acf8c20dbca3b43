// error: `yield_!` cannot be used inside the arguments of `r#match!`
gen! {
let mut count = 0 ; for name in names { yield_ ! (yield_ ! (0)) ; count += 1 ; yield (r#match ! [{ yield_ ! (45usize) ; 45usize } , count] , name . to_uppercase ()) ; } ; yield_ ! ((100u8 count , String :: new ())) ; let _ = [0u8 ; (yield_ ! (18usize) , 18usize) . 1] ;
}
