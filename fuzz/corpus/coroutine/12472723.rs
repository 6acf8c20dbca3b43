// error: `yield_!` takes one argument, N were given
#[generator]
fn outer () -> impl Generator < u32 , u8 , Yield = u32 > { a :: b :: yield_ ! (1 , 2) ; }
