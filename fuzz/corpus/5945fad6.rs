// error: `#[generator]` needs the function's body, and `drops` has none
#[generator]
fn drops () -> yield_ ! [0 .. 3] ;
