// error: `yield_!` cannot be used inside a match guard
gen! {
match x { _ if yield_ ! (1 , 2) => { } _ => yield_ ! (1 , 2) } ; yield ;
}
