// error: a generator cannot promise `__state`
#[generator]
fn drain (mut self) -> impl __state < Item = u32 > { while let Some (x) = self . items . pop () { yield_ ! (x) ; self . count += 1 ; } yield_ ! (self . count) ; }
