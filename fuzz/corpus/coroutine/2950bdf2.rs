// error: this coroutine is resumed with `(yield_ ! [])`, and no parameter receives the first resume value
#[generator]
fn blocks () -> impl Generator < (yield_ ! []) , Yield = u8 , Return = Option < u32 > > + Clone { unsafe { yield_ ! (1) ; } ; { { yield_ ! (2) ; } let x = { { 3 } } ; yield_ ! (x) ; } }
