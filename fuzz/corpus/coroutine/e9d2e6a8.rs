// error: `yield_from!` needs one argument, the iterable to yield from
#[generator]
fn outer () { let s = yield_from ! (inner ()) ; yield_ ! (3) ; let t = yield_from ! () ; _ . len () + t . len () }
