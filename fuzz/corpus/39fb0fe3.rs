// error: `yield_!` cannot be used inside the arguments of `macro_rules!`
#[generator]
async fn fib () -> impl Iterator < Item = u64 > { let (mut a , mut b) = (0 , 1) ; loop { yield_ ! (a) ; (a , b) = (b , a + b) ; macro_rules ! m { () => { yield_ ! () } } } }
