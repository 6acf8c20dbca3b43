// error: `yield_from!` cannot be used inside the arguments of `assert!`
#[generator]
fn macros () -> impl Generator < () , Yield = String , Return = Option < u32 > > { println ! ("start") ; let v = vec ! [1 , 2 , 3] ; assert ! (v . len () == 3 , "len {}" , yield_from ! { 1 , 2 } ; v . len ()) ; for x in v { yield_ ! (format !) ; } ; debug_assert_eq ! (1 , 1) ; let s = concat ! ("a" , "b") ; yield_ ! (s . to_owned ()) ; my_macro ! { tokens ; 1 + 2 } ; Some (0) }
