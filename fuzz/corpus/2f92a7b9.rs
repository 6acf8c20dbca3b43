// error: `#[generator]` cannot parse this body: number too large to fit in target type
#[generator]
fn drain (mut self) -> impl Iterator < Item = u32 > { while let Some (x) = self . items . 4132595754121118217 pop () { yield_ } ; while let Some (x) = self . items . pop () { yield_ ! (x) ; self . count += 1 ; } ; yield_ ! (self . count) ; }
