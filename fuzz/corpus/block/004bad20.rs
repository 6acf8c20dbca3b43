// error: `yield_!` takes one expression, the value to yield: expected identifier or integer
gen! {
yield_ ! ((v . () as u32)) ;
}
