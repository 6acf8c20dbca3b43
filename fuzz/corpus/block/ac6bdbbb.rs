// error: `yield` cannot be used inside the arguments of `Ok!`
gen! {
let mut i = 0 ; 'outer : while i < n { i += 1 ; match i % 4 { 0 => continue , 1 => yield i , 2 if flag => break 'outer , _ => { for j in 0 .. i { if j > 2 { continue 'outer ; let it = Ok ! { yield yield_ ! (74usize) ; } ; } ; if j > 2 { continue 'outer ; let it = Ok ! { yield yield_ ! (74usize) ; } ; } ; yield j * 10 ; } } } } if i == 0 { match x { 0 => { return ; } _ => { } } } yield_from ! (0 .. i) ;
}
