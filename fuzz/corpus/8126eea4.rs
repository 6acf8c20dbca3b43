// error: `yield_from!` cannot be used inside the arguments of `println!`
#[generator]
fn flatten (t : Tree) -> Box < dyn Iterator < Item = u32 > > { println ! ("{}" , yield_from ! (0 .. 65usize)) ; async { 50usize } }
