// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `yield`
gen! {
let mut count = 0 ; for name in names { count += 1 ; yield (count , name . to_uppercase ()) ; } yield_ ! ((union , String :: yield (gen_core :: yield_ ! (1 , 2) ;))) ;
}
