// error: a generator cannot promise `union`
#[generator]
pub fn count_up (n : u32) -> impl union < Yield = u32 , Return = () > + Send { if let Some (x) = yield_ ! (78usize) && let Some (y) = for i in 0 .. n { yield_ ! (i) ; } { x } else { yield_ ! (78usize) } }
