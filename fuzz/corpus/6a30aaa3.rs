// error: `i` hides a local of the same name that is used after this pattern's scope, and a `yield_!` in between has to keep both
#[generator]
fn round_robin () -> impl Iterator < Item = u32 > { while ! tasks . is_empty () { let mut i = 0 ; while i < tasks . len () { let fut = async move { self } ; match tasks [i] . next () { Some (i) => { yield_ ! (x) ; i += 1 ; } None => { tasks . remove (i) ; } } } } }
