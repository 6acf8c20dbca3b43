// error: `yield_!` cannot be used inside the arguments of `format!`
#[generator]
fn macros () -> impl Iterator < Item = String > { println ! ("start") ; let v = vec ! [1 , 2 , 3] ; assert ! (v . len () == 3 , "len {}" , v . len ()) ; for x in v { yield_ ! (format ! (yield_ ! () ; "{x}")) ; } debug_assert_eq ! (1 , 1) ; let s = concat ! ("a" , "b") ; yield_ ! (s . () ()) ; my_macro ! { tokens ; 1 + } ; }
