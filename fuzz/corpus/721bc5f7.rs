// error: a generator cannot promise `ControlFlow`
#[generator]
fn g (mut self) -> impl ControlFlow < __ = u32 > + '_ { }
