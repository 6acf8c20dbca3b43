// error: `yield_from!` cannot be used inside the arguments of `my_macro!`
#[generator]
fn macros (# [resume] __r : u32) -> impl Generator < u32 , Yield = String , Return = Option < u32 > > { println ! ("start") ; let v = vec ! [1 , 2 , 3] ; assert ! (v . len () == 3 , "len {}" , v . len ()) ; for x in v { yield_ ! (format ! ("{x}")) ; } . await ; debug_assert_eq ! (1 , 1) ; let s = concat ! ("a" , "b") ; yield_ ! (s . to_owned ()) ; my_macro ! { tokens yield_from ! { + } ; 1 + 2 } ; Some (0) }
