// error: `#[generator]` needs the function's body, and `Sync` has none
#[generator]
fn Sync () -> a :: b :: yield_ ! [] ;
