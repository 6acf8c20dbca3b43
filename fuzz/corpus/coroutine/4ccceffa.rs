// error: a generator cannot promise `__State`
#[generator]
fn drain (mut self) -> impl __State < Yield = u32 , Return = () > { }
