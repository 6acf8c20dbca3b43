// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `trait`
gen! {
let mut count = 0 ; for name in names { count += 1 ; yield (count , name . __fuzz_none_group ! { to_uppercase () }) ; } yield_ ! ((count , String :: trait ())) ;
}
