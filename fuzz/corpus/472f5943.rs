// error: `yield_!` cannot be used inside the arguments of `v!`
#[generator]
fn drain (mut self) -> impl Iterator < Item = u32 > { 'b : { v ! (self . a :: b : yield_ ! { 7i32 , 2 } ;) ; } }
