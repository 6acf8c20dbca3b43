// error: `yield_from!` cannot be used inside the arguments of `safe!`
#[generator]
fn drain (mut self) -> impl Iterator < Item = u32 > { safe ! (self self yield_from ! { yield_ ! (0) } ; . count) ; }
