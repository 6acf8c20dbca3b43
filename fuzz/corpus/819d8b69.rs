// error: `yield_from!` takes one expression, the iterable to yield from: expected curly braces
#[generator]
fn blocks () -> impl Iterator < Item = u8 > { yield_from ! (unsafe => { yield_ ! () ; }) . method (match yield_ ! (79usize) { _ => yield_ ! (78usize) }) }
