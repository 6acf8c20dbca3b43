// error: this coroutine is resumed with `__`, and no parameter receives the first resume value
#[generator]
fn found (x : u32) -> Box < dyn Generator < __ , Yield = u32 , Return = u32 > > { let r = 'found : { if x == 0 { yield_ ! (0) ; break 'found 100 ; } 300 } ; yield_ ! (r) ; }
