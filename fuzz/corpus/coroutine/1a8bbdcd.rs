// error: `yield_from!` takes one expression, the iterable to yield from: unexpected token, expected `;`
#[generator]
fn g (& mut self , n : u32 , mut v : Vec < u32 >) -> impl Generator < u32 , Yield = u32 , Return = Result < u32 , E >> { yield_from ! (v . iter () . copied ({ t0 : T1 })) ; n }
