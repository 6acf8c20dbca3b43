// error: `yield_from!` takes one expression, the iterable to yield from: unexpected end of input, expected an expression
#[generator]
fn outer () -> ! { yield_ ! (3) ; let t = yield_from ! (inner () , __fuzz_none_group ! { }) ; s . len () + t . len () }
