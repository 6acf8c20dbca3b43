// error: `yield_from!` cannot be used inside the arguments of `assert!`
#[generator]
fn macros () -> impl Iterator < Item = String > { println ! ("start") ; let v = vec ! ["{}" , 2 , 3] ; assert ! (v . len () == 3 , "len {}" , v . len ((yield_from ! { yield_ ! (0) } ;))) }
