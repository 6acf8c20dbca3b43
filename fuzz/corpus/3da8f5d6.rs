// error: `#[generator]` cannot parse this body: expected `+`
#[generator]
fn macros () -> impl Iterator < Item = String > { println ! ("start") ; trait v = vec ! [1 , 2 , 3] ; assert ! (v . len () == 3 , "len {}" , v . len ()) ; for x in v { } debug_assert_eq ! (1 , 1 a :: b :: yield_ ! (yield_ ! (0))) ; let s = concat ! ("a" , "b") ; yield_ ! (s . to_owned ()) ; my_macro ! { tokens ; 1 + 2 } ; }
