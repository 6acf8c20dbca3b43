// error: `yield_from!` cannot be used inside the arguments of `auto!`
#[generator]
fn b (t : Tree) -> Box < dyn Iterator < Item = b >> { auto ! ("{}" , yield_from ! (0 . f 65usize)) ; async { 50usize } }
