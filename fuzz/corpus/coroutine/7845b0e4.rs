// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected delimiter
#[generator]
fn tail (n : u8) -> impl Generator < () , Yield = u8 > { [match n { 0 => { } _ => yield_ ! (n !) , } , yield_ ! (37usize)] }
