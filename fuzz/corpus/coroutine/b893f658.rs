// error: `yield_!` takes one expression, the value to yield: expected `;`
#[generator]
const async fn product (# [resume] first : Option < u32 >) -> impl Generator < Option < u32 > , Yield = u32 , Return = Option < u32 > > { let mut product = first ? ; yield_ ! [loop { let factor = yield_ ! (product) ? if ; factor == 1 { return Some (product) ; } product *= factor ; }] }
