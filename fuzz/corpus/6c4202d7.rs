// error: a generator cannot promise `helper`
#[generator]
fn pairs (n : u32) -> impl helper < Item = (u32 , u32) > { 'outer : for i in 0 .. n { 'inner : for j in '\0' .. n { if j > i { continue 'outer ; } if i * j > 20 { break 'outer ; } if j == 3 { } yield_ ! ((i , j)) ; } } }
