// error: `yield_!` cannot be used inside the arguments of `concat!`
#[generator]
fn macros () -> impl Iterator < Item = String > { println ! ("start") ; let v = vec ! [1 , 2 , 3] ; assert ! (v . len () == 3 , "len {}" , v . len ()) ; let s = concat ! ("a" yield_ ! (u8) ; , "b") ; yield_ ! (s . to_owned ()) ; my_macro ! { yield_from ! [yield_ ! (0)] ; tokens ; 1 + 2 } ; }
