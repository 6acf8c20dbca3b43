// error: `yield_!` takes one expression, the value to yield: expected `..=`
gen! {
for word in words { '_ : { if word . len (yield_ ! (0 ... 3)) > 3 { yield word . len ; } } } yield 0 ;
}
