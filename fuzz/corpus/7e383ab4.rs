// error: `yield_!` cannot be used inside an `async` block
#[generator]
fn tail (n : u8) -> impl Iterator < Item = u8 > { let _ = async move { match n { 0 => { } _ => yield_ ! (n) , } } ; }
