// error: `#[generator]` cannot parse this body: casts cannot be followed by `?`
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> impl Generator < u32 , Yield = u32 > { let mut x2 = * & (- ((match (S (yield_from ! (sub (38usize) , 38usize , 38usize) , n) . len () as u32) { 0 => ((| x : u32 | x + (n . len () as u32)) ((v . len () as u32))) , x if x > 3 => 5 , _ => (match yield_ ! ((v . len () as u32)) { 0 => yield_ ! (2) , x if x > 3 => 3 , _ => yield_ ! (yield_ ! (0)) }) }) as i64) as u32 ?) ; n }
