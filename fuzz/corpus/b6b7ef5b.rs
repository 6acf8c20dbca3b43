// error: `yield_from!` cannot be used inside the arguments of `debug_assert_eq!`
#[generator]
fn macros () -> impl Iterator < Item = String > { println ! ("start") ; let v = vec ! [1 , 2 , 3] ; for x in v { yield_ ! (format ! ("{x}")) ; } debug_assert_eq ! (yield_from ! () ; 1 , 1) ; let s = concat ! ("a" , "b") ; yield_ ! (s . to_owned ()) ; my_macro ! { tokens ; 1 + 2 } ; }
