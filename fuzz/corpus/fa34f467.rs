// error: `yield_!` takes one expression, the value to yield: expected `<`
#[generator]
fn drain () { yield_ ! (self . a :: b :: yield_ ! { 1 , 2 } ;) ; }
