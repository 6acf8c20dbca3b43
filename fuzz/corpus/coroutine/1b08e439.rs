// error: this coroutine is resumed with `(yield_ ! [uN])`, and no parameter receives the first resume value
#[generator]
fn pairs (n : u32) -> impl Generator < (yield_ ! [u32]) , Yield = (u32 , u32) , Return = u32 > { 'outer : for i in 0 .. n { 'inner : for j in 0 .. n { if j > i { continue 'outer ; } if i * j > 20 { break 'outer ; } if j == 3 { continue 'inner ; } yield_ ! ((i , j)) ; } } }
