// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected identifier or integer
#[generator]
fn drain (mut self) -> impl Generator < Yield = u32 , Return = () > { while let Some (x) = self . items . pop () { yield_ } yield_ ! (self .) ; }
