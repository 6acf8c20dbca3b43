// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected identifier
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > { { yield_ ! (16usize) ; yield_ ! (< impl) } }
