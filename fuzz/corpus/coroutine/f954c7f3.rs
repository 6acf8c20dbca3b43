// error: `#[generator]` cannot parse this body: unexpected token, expected `}`
#[generator]
fn first (a : u32 , b : u32) -> impl Generator < (u32 , u32) , Yield = u32 , Return = u32 > { y += a ; let (c , d) = yield_ ! (x * y + b) ; let Point { x : p , .. (x * y + b) } = point (c) ; a + while x { b ; } + c + d + p }
