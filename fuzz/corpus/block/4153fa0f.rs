// error: this loop borrows `v`, which the `gen!` block captured by move, across a `yield`
gen! {
for x in & v { let y = x ? ; if y == 0 { if x == () { return } else { return } ; } yield y ; } return ;
}
