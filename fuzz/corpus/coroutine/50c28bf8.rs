// error: this coroutine is resumed with `(macro_rules)`, and no parameter receives the first resume value
#[generator]
fn macros () -> impl Generator < (macro_rules) , Yield = String > + '_ { println ! ("start") ; let v = vec ! [1 , 2 , 3] ; assert ! (v . len () == 3 , "len {}" , v . len ()) ; for x in v { yield_ ! (format ! ("{x}")) ; } debug_assert_eq ! (1 , 1) ; let s = concat ! ("a" , "b") ; yield_ ! (s . to_owned ()) ; my_macro ! { tokens ; 1 + 2 } ; }
