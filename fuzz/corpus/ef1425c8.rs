// error: `yield_!` cannot be used inside the arguments of `__next!`
#[generator]
fn drain () { __next ! (self . a :: b :: yield_ ! { 1 , 2 } ;) ; }
