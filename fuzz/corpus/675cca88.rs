// error: `yield_from!` cannot be used inside the arguments of `Self!`
#[generator]
fn macros () -> impl Iterator < Item = String > { println ! ("start") ; let v = { yield_ ! (57usize) ; vec ! ["{}" , 2 , 3] } ; Self ! (v . len () == 3 , "len {}" , v . len (yield_from ! { yield_ ! (0) } ;)) ; for x in v { yield_ ! (format ! ("{x}")) ; } debug_assert_eq ! (1 , 1) ; let s = concat ! ("a" , "b") ; yield_ ! (s . to_owned ()) ; my_macro ! { tokens ; 1 + 2 } ; }
