// error: this loop borrows `words`, which the `gen!` block captured by move, across a `yield`
gen! {
for word in & words { if word . len () > 3 { yield word . len () ; } } yield 0 ;
}
