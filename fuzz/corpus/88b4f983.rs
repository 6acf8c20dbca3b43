// error: `#[generator]` needs the function's body, and `positions` has none
#[generator]
fn positions (() : u32) -> yield_ ! () ;
