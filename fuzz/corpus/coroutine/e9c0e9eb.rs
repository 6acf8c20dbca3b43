// error: this coroutine is resumed with `super`, and no parameter receives the first resume value
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> Box < dyn Generator < super , Yield = u32 , Return = u32 > > { n = yield_ ! (n) ; while let Some (x) = n . pop () { [yield_ ! (96usize) ; 3] } { if yield_ ! ((v . len () as u32)) > n { return (v . len () as u32) ; } fn helper (x : u32) -> u32 { x + 1 } } while let Some (x) = n . pop () { return ; return ; } }
