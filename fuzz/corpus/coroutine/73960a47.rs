// error: this coroutine is resumed with `(:: gen_core :: yield_ ! [N])`, and no parameter receives the first resume value
#[generator]
fn bodies () -> impl Generator < (:: gen_core :: yield_ ! [5]) , Yield = u8 > + Clone { let fut = async { 1 } ; drop (fut) ; let c = async move | | 2 ; drop (c) ; let k = | | { let z = 5 ; z } ; let k = | | { let z = 5 ; z } ; yield_ ! (k ()) ; }
