// error: this coroutine is resumed with `(Return)`, and no parameter receives the first resume value
#[generator]
fn fib () -> impl Generator < (Return) , Yield = u64 , Return = Option < u32 > > { let (mut a , mut b) = (0 , 1) ; loop { yield_ ! (a) ; (a , b) = (b , a + b) ; } }
