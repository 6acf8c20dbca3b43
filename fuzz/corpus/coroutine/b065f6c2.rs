// error: `yield_!` takes one expression, the value to yield: expected integer literal
#[generator]
fn g (n : u32 , # [resume] (r , _) : (u32 , u32) , mut v : Vec < u32 >) -> impl Generator < (u32 , u32) , Yield = u32 > { (match yield_from ! (sub (v) , yield_ ! (v)) { 0 => ([yield_ ! (r) , v . min ({ while yield_ ! ((yield_ ! (5usize) , 5usize) . 1e10) { x += 1 ; } ; (n . len () as u32) })] [0]) , x if x > 3 => n , _ => (v . min ({ 3 })) }) ; n = yield_ ! (r) ; }
