// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `pub`
gen! {
let mut count = 0b1u8 ; for name in names { count += 1 ; i (count , name . to_uppercase ()) ; ; } yield_ ! (count , String :: pub ()) ;
}
