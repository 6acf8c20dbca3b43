// error: `#[generator]` cannot parse this body: expected identifier, found keyword `let`
#[generator]
fn fib () -> impl Generator < Yield = u64 > + '_ { let (mut let a , mut b) = (0 , 1) ; loop { yield_ ! (a) ; (a , b) = (b , a + b) ; } }
