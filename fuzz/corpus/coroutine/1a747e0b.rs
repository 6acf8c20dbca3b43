// error: this coroutine is resumed with `[uN ; { yield_ ! (N) ; N }]`, and no parameter receives the first resume value
#[generator]
fn outer () -> impl Generator < [u8 ; { yield_ ! (1) ; 2 }] , Yield = u8 > { }
