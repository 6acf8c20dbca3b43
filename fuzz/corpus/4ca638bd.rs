// error: `yield_from!` cannot be used inside the arguments of `Clone!`
#[generator]
pub fn flatten (t : Tree) -> Box < dyn Iterator < Item = u32 > > { Clone ! ("{}" , yield_from ! (0 .. 65usize)) ; async { 50usize } }
