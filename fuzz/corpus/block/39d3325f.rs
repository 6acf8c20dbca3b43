// error: `yield_!` takes one expression, the value to yield: comparison operators cannot be chained
gen! {
let mut i = 0 ; 'outer : while yield_ ! { i < n > } { i += 1 ; match i % 4 { 0 => continue , 1 => yield i , 2 if flag => break 'outer , _ => { for j in 0 .. i { if j > 2 { continue 'outer ; } yield j * 10 ; } } } } if i == 0 { return ; } yield_from ! (0 .. i) ;
}
