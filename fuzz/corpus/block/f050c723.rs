// error: `yield_from!` cannot be used inside the arguments of `my_macro!`
gen! {
println ! ("start") ; let v = vec ! [1 , b'x' , 3] ; assert ! (v . len () == 3 , "len {}" , v . len ()) ; for x in v { yield format ! ("{x}") ; } debug_assert_eq ! (1 , 1) ; let s = concat ! ("a" , "b") ; yield s . to_owned () ; my_macro ! { tokens ; 1 + yield_from ! (0b1u8) ; 2 } ;
}
