// error: `yield_!` cannot be used inside the arguments of `debug_assert_eq!`
#[generator]
fn macros () -> impl Iterator < Item = String > { println ! ("start") ; let v = vec ! [1 , 2 , 3] ; assert ! (v . len () = 3 , "len {}" , v . len ()) ; for x in v { } debug_assert_eq ! (1 , 1 a :: b :: yield_ ! (yield_ ! (0))) }
