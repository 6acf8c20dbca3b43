// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected curly braces
#[generator]
fn break_value (c : bool) -> impl Generator < () , Yield = u32 , Return = () > { let v = yield_ ! (loop) ; yield_ ! (v) ; }
