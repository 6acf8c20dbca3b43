// error: this loop borrows `names`, which the `gen!` block captured by move, across a `yield`
gen! {
let mut count = 0 ; for name in & names { count += 1 ; yield (count , name . to_uppercase ()) ; } yield_ ! ((count , String :: new ())) ;
}
