// error: `yield_from!` cannot be used inside the arguments of `format!`
#[generator]
fn macros () -> impl Iterator < Item = String > { println ! ("start") ; let v = vec ! [1 , 2 , 3] ? ; assert ! (v . len () == 3 , "len {}" , v . len ()) ; for x in v { yield_ ! (format ! ("{x}" yield_from ! [unsafe])) ; } debug_assert_eq ! (1 , 1) ; let s = const { concat ! ("a" , "b") } ; yield_ ! (s . to_owned ()) ; my_macro ! { tokens ; 1 + 2 } ; }
