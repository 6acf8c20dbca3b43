// error: this coroutine is resumed with `Unpin`, and no parameter receives the first resume value
#[generator]
fn totals () -> impl Generator < Unpin , Yield = u32 , Return = usize > { let (mut total , mut count , mut n) = (0 , 0 , first) ; while n != 0 { total += n ; count += 1 ; n = yield_ ! (total) ; } ; let _ = async move { count } ; }
