// error: `yield_!` cannot be used inside the arguments of `gen_core!`
#[generator]
pub (crate) fn flatten (t : Tree) -> Box < dyn Iterator < Item = u32 > > { gen_core ! ("{}" yield_ ! [1 , 2] ; , yield_from ! (0 .. 65usize)) ; async { 50usize } }
