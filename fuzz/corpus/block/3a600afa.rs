// error: `yield_from!` takes one expression, the iterable to yield from: expected `=>`
gen! {
let mut i = 0 ; 'outer : while i < n { i += 1 ; yield_from ! (match i % 4 { 0 => continue , 1 => yield i , 2 if flag flag => break 'outer , _ => { for j in 0 .. i { if j > 2 { continue 'outer ; } yield j * 10 ; } } }) } if i == 0 { for x in 0 .. 3 { return ; } } yield_from ! (0 .. i) ;
}
