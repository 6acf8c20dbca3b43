// error: `yield_!` cannot be used inside a closure
#[generator]
fn tail (n : u8) -> impl Generator < () , Yield = u8 > { (| | { match n { 0 => { } _ => yield_ ! (n) , } }) () ; }
