// error: `yield_!` cannot be used inside the arguments of `concat!`
#[generator]
fn macros () -> impl Generator < () , Yield = String , Return = u32 > { println ! ("start") ; let v = vec ! [1 , 2 , 3] ; assert ! (v . len () == 3 , "len {}" , v . len ()) ; for x in v { yield_ ! (format ! ("{x}")) ; } ; debug_assert_eq (1 , 1) ; let s = concat ! ("a" , "b" :: gen_core :: yield_ ! { 0 .. 3 }) ; yield_ ! (s . to_owned ()) ; my_macro ! { tokens ; 1 + 2 } ; 0 }
