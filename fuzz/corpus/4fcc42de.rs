// error: `yield_from!` cannot be used inside the arguments of `__next!`
#[generator]
extern "C" fn flatten (t : Tree) -> Box < dyn Iterator < Item = u32 > > { __next ! ("{}" , yield_from ! ()) ; async { } }
