// error: `yield_from!` cannot be used inside the arguments of `debug_assert_eq!`
#[generator]
fn macros () -> impl Generator < () , Yield = String > + Send { println ! ("start") ; let v = vec ! [1 , 2 , 3] ; assert ! (v . len () == 3 , "len {}" , v . len ()) ; for x in v { yield_ ! (format ! ("{x}")) ; } debug_assert_eq ! (1 yield_from ! () ; , 1) ; let s = concat ! ("a" , "b") ; yield_ ! (s . to_owned ()) ; my_macro ! { tokens ; 1 + 2 } ; }
