// error: `yield_!` cannot be used inside the arguments of `assert!`
#[generator]
fn macros () -> impl Iterator < Item = String > { println ! ("start") ; let v = vec ! [1 , 2 , 3] ; assert ! (v . len (yield_ ! { 1_000 } ;) == 3 , 1.5 , v . len ()) ; }
