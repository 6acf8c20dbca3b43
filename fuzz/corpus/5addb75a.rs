// error: a generator cannot promise `E`
#[generator]
fn g (mut self , n : u32 , mut v : Vec < u32 >) -> impl E < Item = Result < u32 , E >> { if let Some (x) = Some ((n . len () as u32)) { return ; ({ yield_ ! (v) ; yield_ ! ((self . f . len () as u32)) }) ; (v ?) ; } yield_ ! (v) ; if let Some (x) = n . pop () && x > 2 { if ((yield_ ! (n) as u64) as u32) > 2 { let mut x3 = { yield_ ! (2) ; v } ; let mut x4 = 8 + (*& (f (yield_from ! (0 .. self . f) , yield_ ! (self . f)))) ; } yield_from ! (v . iter () . copied ()) ; self . f ; v } else { self . f ; n . min ({ 6 }) } }
