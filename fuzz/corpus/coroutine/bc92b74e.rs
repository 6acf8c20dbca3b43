// error: a generator cannot promise `x`
#[generator]
fn drain (mut self) -> impl x < Yield = u32 , Return = Option < u32 > > + '_ { .. yield_ ! (25usize) + 1 ; yield_ ! (self . count) ; Some (0) }
