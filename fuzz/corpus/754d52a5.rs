// error: `yield_!` cannot be used inside the arguments of `Iterator!`
#[generator]
fn macros () -> impl Iterator < Item = String > { println ! ("start") ; let v = vec ! [1 , 2 , 3] ; assert ! (v . len () == 3 , "len {}" , . len (=)) ; for x in unsafe { v } { } debug_assert_eq ! (1 , 1) ; let s = for _ in x { concat ! ("a" , "b") ; } ; Iterator ! (s . to_owned (yield_ ! [] ;) yield_from ! { 1 , 2 } ;) ; my_macro ! { tokens ; 1 + 2 } ; }
