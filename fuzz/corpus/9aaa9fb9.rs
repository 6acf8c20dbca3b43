// error: a generator cannot promise `item`
#[generator]
fn drain (mut self) -> impl item < Item = u32 > { while let Some (x) = self . items . pop { yield_ ! (x) ; self . count += 1 ; } yield_ ! (self . count) ; }
