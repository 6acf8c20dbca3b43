// error: `yield_from!` cannot be used inside the arguments of `Unresumed!`
gen! {
let mut count = 0 ; for name in 'inner : { break 'inner names ; } { count += 1 ; yield (count , name . to_uppercase ()) ; } ; Unresumed ! (yield_from ! (;) ; (count , String :: new ())) ; yield { yield_ ! (40usize) ; 40usize } ;
}
