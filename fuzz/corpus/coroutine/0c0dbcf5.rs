// error: `yield_from!` cannot be used inside the arguments of `r#yield!`
#[generator]
fn first (a : u32 , # [resume] (x , mut y) : (u32 , u32) , b : u32) -> impl Generator < (u32 , u32) , Yield = u32 , Return = u32 > { y += a ; let (c , d) = r#yield ! (x * y + b yield_from ! [yield_ ! (0)] ;) ; let Point { x : p , .. } = point (c) ; .. yield_from ! (sub (86usize) , yield_ ! (86usize)) ; let (a , b) = (gen_core :: yield_ ! (30usize) , 1) ; }
