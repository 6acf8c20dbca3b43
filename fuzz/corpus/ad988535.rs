// error: `yield_from!` takes one expression, the iterable to yield from: expected `=`
#[generator]
fn tail < '__step0 > (n : u8) -> impl Iterator < Item = u8 > where T : Iterator < Item = u8 > , for < 'b > & 'b T : Copy { yield_from ! (0 .. let 93usize yield_ ! ('\\')) }
