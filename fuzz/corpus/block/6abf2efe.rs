// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `extern`
gen! {
let mut count = 0 ; yield_ ! ((count , String :: __fuzz_none_group ! { extern } ())) ;
}
