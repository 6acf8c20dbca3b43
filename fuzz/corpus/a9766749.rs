// error: `yield_!` takes one expression, the value to yield: expected curly braces
#[generator]
async fn tail (n : u8) { match n { 0 => { } _ => yield_ ! (unsafe n) , } }
