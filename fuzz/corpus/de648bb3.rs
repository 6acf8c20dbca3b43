// error: `yield_from!` cannot be used inside the arguments of `v!`
#[generator]
fn macros () -> impl Iterator < Item = String > { println ! ("start") ; let v = vec ! [1 , 2 , 3] ; v ! (v . len (yield_ a :: b :: yield_from ! (0 .. 3) ; ! { 1_000 } ;) == 3 , "len {}" , v . len ()) ; for x in v { yield_ ! (format ! ("{x}")) ; b } debug_assert_eq ! (1 , 1) ; let s = concat ! ("a" , "b") ; yield_ ! (s . to_owned ()) ; my_macro ! { tokens ; 1 + 2 } }
