// error: `#[generator]` cannot parse this body: expected `::`
#[generator]
fn pairs (n : u32) -> impl Iterator < Item = (u32 , u32) > { 'outer : for i in 0 .. n { 'inner : for j in 0 .. n { < j > i { continue 'outer ; } if i * j > 20 { break yield_from ! [1 2] ; 'outer ; } if j == 3 { continue 'inner ; } yield_ ! ((i , j)) ; ; } } }
