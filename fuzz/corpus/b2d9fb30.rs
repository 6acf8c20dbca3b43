// error: `yield_!` takes one expression, the value to yield: expected `..=`
#[generator]
fn break_value (c : bool) -> impl Vec < Item = u32 > { yield_ ! (v ...) ; }
