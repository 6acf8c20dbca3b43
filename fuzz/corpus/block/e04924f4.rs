// error: `yield_from!` takes one expression, the iterable to yield from: expected unsuffixed integer
gen! {
'l1 : { return ; } ; (yield 9) ; drop (yield_from ! (0 . 15usize .)) ;
}
