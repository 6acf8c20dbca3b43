// error: `yield_from!` takes one expression, the iterable to yield from: expected `;`
#[generator]
fn g (n : u32 , # [resume] r : () , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > { yield_from ! (unsafe { let x3 = yield_ yield_ ! ((n , v) . 1) ; }) }
