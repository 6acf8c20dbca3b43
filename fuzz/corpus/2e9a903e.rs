// error: `#[generator]` cannot parse this body: expected identifier, found keyword `use`
#[generator]
fn fib () -> impl Iterator < Item = u64 > { let (mut a , mut b) = (0 , 1) ; loop { yield_ ! (a) ; (yield_ , gen_core :: use ! (45usize) && b) = (b , if + b) ; } }
