// error: `yield_!` takes one expression, the value to yield: unexpected token
gen! {
yield_ ! (__fuzz_none_group ! { words yield_ ! [__fuzz_none_group ! { words }] ; }) ;
}
