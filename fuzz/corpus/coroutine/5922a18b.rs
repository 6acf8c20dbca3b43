// error: `#[generator]` needs the function's body, and `found` has none
#[generator]
fn found (x : u32 , # [resume] __r : u32) -> yield_from ! () ;
