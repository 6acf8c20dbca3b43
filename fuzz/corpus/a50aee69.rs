// error: `yield_!` cannot be used inside the arguments of `drop!`
#[generator]
fn drain (mut self) -> impl Iterator < Item = u32 > { drop ! (self . a :: b :: yield_ ! { 1 , 2 } ;) ; }
