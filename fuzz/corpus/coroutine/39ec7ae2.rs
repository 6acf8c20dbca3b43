// error: this coroutine is resumed with `(yield_from ! (yield_ ! (N)))`, and no parameter receives the first resume value
#[generator]
fn drain (v : Vec < u8 >) -> impl Generator < (yield_from ! (yield_ ! (0))) , Yield = u8 , Return = u32 > + Clone { let mut it = v . into_iter () ; let mut it = v . into_iter () ; while let Some (x) = it . next () { yield_ ! (x) ; } }
