// error: `yield_!` takes one expression, the value to yield: expected square brackets
#[generator]
fn drain (mut self) -> impl Generator < () , Yield = u32 , Return = () > + Clone { while let Some (x) = self . items . pop () { yield_ ! (# x) ; self . count += 1 ; } yield_ ! (self . count) ; }
