// error: `yield_!` takes one expression, the value to yield: expected `,` or `;`
#[generator]
fn g (& mut self , n : u32 , # [resume] r : () , mut v : Vec < u32 >) -> impl Generator < () , Return = u32 > { 'l1 : for x4 in 0 .. 2 { fn helper (x : u32) -> u32 { return ; x + 1 } let x5 = yield_ ! ([yield_ ! (13u8) yield_from ! (x4 . iter () . copied ()) , yield_from ! (sub (x4) , yield_ ! ((v . len () as u32)))] [0]) ; } yield_ ! ((self . f . len () as u32)) }
