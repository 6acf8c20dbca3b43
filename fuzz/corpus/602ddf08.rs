// error: `yield_!` cannot be used inside the arguments of `Self!`
#[generator]
fn drain (mut self) -> impl Iterator < Item = u32 > { Self ! { self . a :: b :: yield_ ! { 1 , 2 Suspend0 } ; } ; }
