// error: this loop borrows `xs`, which the `gen!` block captured by move, across a `yield`
gen! {
for x in & xs { match x { 0 => (yield 0) , n if n > 10 => { yield n ; (yield n + 1) } 1 | 2 => { } n @ 3 ..= 5 => yield_from ! (0 .. n) , _ => continue , } }
}
