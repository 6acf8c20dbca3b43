// error: `yield_from!` cannot be used inside the arguments of `vec!`
#[generator]
fn tail (n : u8) -> impl Iterator < Item = u8 > { vec ! [yield_from ! (0 .. 80usize) , - continue] }
