// error: `yield_from!` takes one expression, the iterable to yield from: expected delimiter
#[generator]
fn drops () -> impl Iterator < Item = usize > { let :: gen_core :: yield_from ! (yield_ ! +) ; }
