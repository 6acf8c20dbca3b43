// error: a generator cannot promise `_N`
#[generator]
fn fib () -> impl _0 < Item = u64 > { let (mut a , mut b) = (0 , 1) ; loop { yield_ ! (a) ; (a , b) = (b , a + b) ; } }
