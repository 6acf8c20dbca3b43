// error: `yield_!` cannot be used inside the arguments of `n!`
#[generator]
fn drain (mut self) -> impl Iterator < Item = u32 > { n ! (self . a :: b :: yield_ ! { 1 , 2 } ;) ; }
