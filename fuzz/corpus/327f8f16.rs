// error: `yield_from!` cannot be used inside the arguments of `__out!`
#[generator]
fn flatten (t : Tree) -> Box < dyn Iterator < Item = u32 > > { yield_ ! [yield_ ! (83usize)] ; __out ! ("{}" , yield_from ! (0 .. 65usize)) ; async { while 23usize == () { 38usize ; 50usize } } }
