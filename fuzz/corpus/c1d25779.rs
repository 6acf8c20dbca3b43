// error: a generator cannot be an `async fn`
#[generator]
async fn tail (n : u8) { match n { 0 => { } _ => yield_ ! (n) , } }
