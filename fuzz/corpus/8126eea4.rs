// error: `yield_from!` cannot be used inside the arguments of `println!`
#[generator]
fn tail (n : u8) { println ! ("{}" , yield_from ! (0 .. 50usize)) ; }
