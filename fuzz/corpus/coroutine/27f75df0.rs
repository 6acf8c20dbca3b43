// error: `break` outside of a loop
#[generator]
fn fib () { let (mut a , mut b) = (0 , 1) ; break }
