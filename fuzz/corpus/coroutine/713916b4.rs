// error: `#[generator]` cannot parse this body: expected identifier, found keyword `as`
#[generator]
fn fib (# [resume] __r : u32) -> impl Generator < u32 , Yield = u64 , Return = u32 > + Send { let (mut a , mut as) = (0 , 1) ; loop { yield_ ! (a) ; (a , b) = (b , a + b) ; } }
