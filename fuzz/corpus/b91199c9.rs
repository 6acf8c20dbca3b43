// error: `yield_!` cannot be used inside the arguments of `_N!`
#[generator]
fn drain (mut self) -> impl Iterator < Item = u32 > { _1 ! (self . a :: b :: yield_ ! { 1 , 2 } ;) ; }
