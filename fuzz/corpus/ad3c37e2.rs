// error: `#[generator]` needs the function's body, and `late` has none
#[generator]
fn late (c : bool) -> yield_ ! () ;
