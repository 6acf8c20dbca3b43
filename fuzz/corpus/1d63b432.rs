// error: `#[generator]` cannot parse this body: expected identifier, found keyword `async`
#[generator]
fn fib () -> impl Iterator < Item = u64 > { let (mut async a , mut b) = (0 , 1) ; loop { yield_ yield_ ! (a) ; (a , b) = (b , a + b) ; } }
