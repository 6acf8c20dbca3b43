// error: `yield_!` takes one expression, the value to yield: expected `<`
gen! {
yield_ ! ((v . a :: b :: yield_ ! [7i32] ; len () as)) ;
}
