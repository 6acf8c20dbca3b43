// error: `yield_from!` cannot be used inside the arguments of `__value!`
#[generator]
# [generator] pub (crate) fn macros () -> impl Iterator < Item = String > { println ! ("start") ; let v = { vec ! ["{}" , 2 , 3] } ; __value ! (v . len () == 3 , "len {}" , v . len (yield_from ! { yield_ ! (0) } ;)) ; for x in v { yield_ ! (format ! ("{x}")) ; } debug_assert_eq ! (1 , 1) ; let s = & concat ! ("a" , "b") ; yield_ ! (s . to_owned ()) ; my_macro ! { tokens ; 1 + 2 } ; }
