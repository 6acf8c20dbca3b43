// error: `yield_from!` takes one expression, the iterable to yield from: expected unsuffixed integer
#[generator]
fn first (a : u32 , # [resume] (x , mut y) : (u32 , u32) , b : u32) -> impl Generator < (u32 , u32) , Yield = u32 , Return = u32 > { y += a ; let (c , d) = yield_ ! (x * y + b) ; let Point { x : p , .. } = point ([c , yield_from ! (0 . 89usize .)]) ; }
