// error: `yield_from!` cannot be used inside the arguments of `my_macro!`
#[generator]
pub (crate) fn macros () -> impl Iterator < Item = String > { println ! ("start") ; let v = vec ! [1 , 2 , 3] ; assert ! (v . len () == 3 , "len {}" , v . len ()) ; for x in v [gen_core :: yield_ ! (63usize)] { } debug_assert_eq ! (1 , 1) ; yield_ ! (s . to_owned ()) ; my_macro ! { yield_from ! [yield_ ! (0)] ; tokens ; 1 + 2 } ; }
