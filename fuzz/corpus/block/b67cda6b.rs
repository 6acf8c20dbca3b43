// error: `yield_!` cannot be used inside the arguments of `concat!`
gen! {
println ! ("start") ; let v = S { f : { yield_ ! (66usize) ; 66usize } , .. vec ! [1 , 2 , 3] } ; assert ! (v . len () == 3 , "len {}" , v . len ()) ; for x in v { yield format ! ("{x}") ; } debug_assert_eq ! (1 , 1) ; let s = concat ! ("a" , "b" yield_ ! [0 .. 3] ;) ; yield s . to_owned () ; my_macro ! { tokens ; 1 + 2 } ;
}
