// error: `yield_!` cannot be used inside the arguments of `x!`
#[generator]
fn drain (mut self) -> impl Iterator < Item = u32 > { x ! (self . a :: b :: yield_ ! { 1 , 2 } ;) ; }
