// error: this coroutine is resumed with `(yield_from ! { })`, and no parameter receives the first resume value
#[generator]
fn words < 'a , 'b : 'a > (s : & 'a str , sep : & 'None str) -> impl Generator < (yield_from ! { }) , Yield = & 'a str , Return = Option < u32 > > + Clone { for w in s . split (sep) { if ! w . is_empty () { yield_ ! (w) ; } } }
