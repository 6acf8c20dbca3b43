// error: `yield_!` takes one expression, the value to yield: unexpected token, expected `;`
#[generator]
fn product (# [resume] first : Option < u32 >) -> impl Generator < Option < u32 > , Yield = u32 , Return = Option < u32 > > { yield_ ! { { 1 , 2 } } ; }
