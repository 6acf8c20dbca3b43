// error: `yield_from!` cannot be used inside the arguments of `concat!`
#[generator]
fn macros () -> impl Generator < u32 , u8 , Yield = u32 > { println ! ("start") ; let v = vec ! [1 , 2 , 3] ; assert ! (v . len () == 3 , "len {}" , v . len ()) ; for x in v { yield_ ! (format ! ("{x}")) ; } ; debug_assert_eq ! (1 , 1) ; let s = concat ! ("a" , "b" yield_from ! { 0 .. 3 }) ; yield_ ! (s . to_owned ()) ; my_macro ! { tokens ; 1 + 2 } ; Some (0) }
