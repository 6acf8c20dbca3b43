// error: `yield_from!` takes one expression, the iterable to yield from: expected an expression
#[generator]
fn f () -> Iterator < Item = u8 > { ; yield_from ! (;) }
