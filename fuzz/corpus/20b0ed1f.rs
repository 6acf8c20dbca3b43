// error: `yield_from!` cannot be used inside the arguments of `b!`
#[generator]
fn flatten (t : Tree) -> Box < dyn Iterator < Item = u32 > > { b ! ("{}" , yield_from ! (0 .. 65usize)) ; move | | { yield_ ! () } }
