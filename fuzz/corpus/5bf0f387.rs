// error: `yield_!` cannot be used inside the arguments of `auto!`
#[generator]
fn drain (mut self) -> impl Iterator < Item = u32 > { auto ! (self . a :: b :: yield_ ! { 1 , 2 } ;) ; }
