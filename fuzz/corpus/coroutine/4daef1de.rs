// error: this coroutine is resumed with `(yield_)`, and no parameter receives the first resume value
#[generator]
fn found (x : u32) -> impl Generator < (yield_) , Yield = u32 > + Clone { let r = 'found : { if x == 0 { } 300 } ; yield_ ! (r) ; }
