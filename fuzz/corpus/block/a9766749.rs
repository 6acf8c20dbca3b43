// error: `yield_!` takes one expression, the value to yield: expected curly braces
gen! {
yield_ ! { for i in 0 .. n a :: b :: yield_from ! { (i) } { yield_ ! (i) ; } }
}
