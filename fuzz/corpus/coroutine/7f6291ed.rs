// error: a generator cannot promise `Box`
#[generator]
fn fib () -> impl Generator < () , Yield = u64 > + Box { let (mut a , mut b) = (0 , 1) ; loop { yield_ ! (a) ; (a , b) = (b , a + b) ; } }
