// error: `yield_from!` takes one expression, the iterable to yield from: expected `>`
gen! {
let mut i = 0 ; 'outer : while i < n { i += 1 ; match i % 4 { 0 => continue , 1 => yield i , 2 if flag => break 'outer , _ => { for j in 0 .. i { if j > 2 { continue 'outer ; } yield j } } } } if i == 0 { } yield_from ! (0 .. < i) ;
}
