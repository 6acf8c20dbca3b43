// error: `yield_!` takes one expression, the value to yield: at least one trait is required for an object type
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > { yield_ ! (< 'static) }
