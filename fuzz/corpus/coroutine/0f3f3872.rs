// error: `yield_!` cannot be used inside a match guard
#[generator]
fn totals (# [resume] first : u32) -> impl Generator < u32 , Yield = u32 , Return = usize > { match x { _ if yield_ ! (58usize) => { } _ => yield_ ! (58usize) } }
