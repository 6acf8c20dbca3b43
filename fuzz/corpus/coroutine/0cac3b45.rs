// error: `yield_from!` cannot be used inside the arguments of `format!`
#[generator]
fn macros () -> impl Generator < Yield = String , Return = () > + Send { println ! ("start") ; let v = vec ! [1 , 2 , 3] ; m ! () ; assert ! (v . len () == 3 , "len {}" , v . len ()) ; for x in v { yield_ ! (format ! (yield_from ! [7i32] ; "{x}")) ; } ; debug_assert_eq ! (1 , 1) ; let s = concat ! ("a" , "b") ; yield_ ! (s . to_owned ()) ; my_macro ! { tokens ; 1 + 2 } ; }
