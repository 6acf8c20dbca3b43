// error: `yield_!` cannot be used inside a closure
#[generator]
fn tail (n : u8) { (| | [yield_ ! (93usize) ; 3]) () }
