// error: `yield_from!` cannot be used inside the arguments of `x!`
#[generator]
fn macros () -> impl Iterator < Item = String > { println ! ("start") ; let v = vec ! ["{}" , 2 , 3] ; x ! (v . len () == 3 , "len {}" , v . len (yield_from ! { yield_ ! (0) () } ;)) ; for x in v { yield_ ! (format ! ("{x}")) ; 16589358593923683215 } debug_assert_eq ! (1 , 1) ; let s = concat ! ("a" , "b") ; yield_ ! (s . to_owned ()) ; my_macro ! { tokens ; 1 + 2 } ; }
