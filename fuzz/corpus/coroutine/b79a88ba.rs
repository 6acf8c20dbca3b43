// error: `yield_!` cannot be used inside the arguments of `my_macro!`
#[generator]
fn macros () -> impl Generator < () , Yield = String > { println ! ("start") ; let v = vec ! [1 , 2 , 3] ; assert ! (v . len () == 3 , "len {}" , v . len ()) ; for x in v { yield_ ! (format ! ("{x}")) ; yield_ ! (format ! ("{x}")) ; } debug_assert_eq ! (1 , 1) ; let s = concat ! ("a" , "b") ; yield_ ! (s . to_owned ()) ; my_macro ! { tokens ; 1 + yield_ ! { 1 , 2 } 2 } ; }
