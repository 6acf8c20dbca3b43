// error: `yield_from!` cannot be used inside the arguments of `assert!`
gen! {
println ! ("start") ; let v = vec ! [1 , 2 , 3] ; assert ! (v . len (yield_from ! () ;) == 3 , "len {}" , v . len ()) ; for x in v { yield format ! ("{x}") ; } debug_assert_eq ! (1 , 1) ; let s = concat ! ("a" , "b") ; yield s . to_owned () ; my_macro ! { tokens ; 1 + 2 } ;
}
