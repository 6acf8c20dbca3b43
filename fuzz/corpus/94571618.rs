// error: `yield_!` takes one expression, the value to yield: expected `=>`
#[generator]
async fn tail (n : u8) { yield_ ! [- match { self ; n } { 0 > { } _ => yield_ ! (n) , }] }
