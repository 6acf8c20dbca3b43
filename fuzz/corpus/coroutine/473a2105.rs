// error: `yield_!` takes one expression, the value to yield: expected an expression
#[generator]
fn tail (n : u8) -> impl Generator < Yield = u8 > + Send { match n { 0 => { } _ => yield_ ! (/ n) , } }
