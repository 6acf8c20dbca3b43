// error: `#[generator]` cannot parse this body: expected identifier, found keyword `try`
#[generator]
fn g (& self , n : u32 , mut v : Vec < u32 >) -> impl Generator < Yield = u32 , Return = u32 > { let x3 = 1 ?; let x4 = yield_ ! (self . f) ; fn try (x : u32) -> u32 yield_from ! (0 .. self . f) + ((| x : u32 | x + (v . min ({ 6 }))) ((n . len () as u32))) }
