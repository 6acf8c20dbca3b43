// error: this coroutine is resumed with `(yield_ ! ())`, and no parameter receives the first resume value
#[generator]
fn break_value (c : bool) -> impl Generator < (yield_ ! ()) , Yield = u32 , Return = () > + Send { let v = loop { yield_ ! (1) ; if c { break 5 ; } while yield_ ! (63usize) + 1 { break 6 ; } ; } ; yield_ ! (v) ; }
