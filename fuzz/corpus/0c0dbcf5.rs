// error: `yield_from!` cannot be used inside the arguments of `r#yield!`
#[generator]
fn flatten (t : Tree) -> Box < dyn Iterator < Item = u32 > > { r#yield ! ("{}" , yield_from ! (0 .. 65usize)) ; async { } || yield_ ! (39usize) }
