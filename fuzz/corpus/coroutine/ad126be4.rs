// error: this coroutine is resumed with `T`, and no parameter receives the first resume value
#[generator]
fn windows < T , G , const N : usize > (inner : G) -> impl Generator < T , Yield = [T ; N] , Return = usize > where T : Copy + Default , G : Generator < T , Yield = [T ; N] , Return = usize > , { }
