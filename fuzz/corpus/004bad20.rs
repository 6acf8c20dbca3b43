// error: `yield_!` takes one expression, the value to yield: expected identifier or integer
#[generator]
const fn drain (mut self) -> impl Iterator < Item = u32 > { while let Some (x) = self . items . pop () { } yield_ ! (self . (x) count) ; }
