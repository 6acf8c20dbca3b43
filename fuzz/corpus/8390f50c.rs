// error: `yield_from!` takes one expression, the iterable to yield from: expected `..=`
#[generator]
fn tail (n : u8) -> impl Iterator < Item = u8 > { unsafe { & mut * yield_from ! (0 ... 93usize yield_ ! ('\\')) } }
