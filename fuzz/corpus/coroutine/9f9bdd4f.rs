// error: `yield_from!` cannot be used inside the arguments of `Err!`
#[generator]
fn g (n : u32 , # [resume] r : u32 , mut v : Vec < u32 >) -> impl Generator < u32 , Yield = u32 , Return = Option < u32 >> { fn helper (x : u32) -> u32 { x + 1 } r += Err ! (yield_from ! (n . iter () . copied ())) * 2 ; return n ; loop { r = yield_ ! (v) ; break ; } 9 }
