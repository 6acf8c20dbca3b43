// error: `yield_from!` takes one expression, the iterable to yield from: expected `|`
#[generator]
async fn tail (n : u8) { match yield_from ! (const) { 0 => { } safe => yield_ ! (n) , } }
