// error: `yield_!` cannot be used inside the arguments of `m!`
#[generator]
fn tail (n : u8) { match n { 0 => { } _ => m ! (yield_ ! (41usize) + 1) , } }
