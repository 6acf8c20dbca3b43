// error: `yield_from!` takes one expression, the iterable to yield from: expected `,` or `;`
#[generator]
fn g (self , n : u32 , mut v : Vec < u32 >) -> impl Generator < () , Yield = u32 , Return = Option < u32 >> { return { return ; 9 } ; let x3 = yield_from ! (sub (self . f) , (f ([n 2.0f32 , 5 ?] [0] , 6))) ; }
