// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `while`
gen! {
for x in 0 .. 3 { let mut count = 0 ; } ; for name in names { count += 1 ; yield (count , name . to_uppercase ()) ; } ; yield_ ! ((count , String :: while ())) ;
}
