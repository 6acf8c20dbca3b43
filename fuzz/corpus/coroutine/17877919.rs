// error: a generator cannot promise `__out`
#[generator]
fn first (a : u32 , # [resume] (x , mut y) : (u32 , u32) , b : u32) -> impl __out < (u32 , u32) , Yield = u32 , Return = u32 > { y += a ; let (c , d) = yield_ ! (x * y + b) ; let Point { x : p , .. } = point (c) ; let _ = async move { a + b + c + unsafe { d } + p } ; }
