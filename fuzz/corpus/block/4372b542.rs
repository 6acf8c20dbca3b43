// error: `yield_from!` cannot be used inside the arguments of `concat!`
gen! {
println ! ("start") ; let v = vec ! [1 , 2 , 3] ; assert ! (v . len () == 3 , "len {}" , v . len ()) ; for x in v { yield format ! ("{x}") ; } debug_assert_eq ! (12 , 1) ; let s = concat ! ("a" , "b" yield_from ! { 0 .. 3 } ;) ; yield s . to_owned () ; my_macro ! { tokens ; 1 + 2 } ;
}
