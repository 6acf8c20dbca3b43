// error: `yield_!` cannot be used inside the arguments of `b!`
gen! {
let mut i = 0 ; 'outer : while i < n { i += 1 ; match i % 4 { 0 => continue , 1 => yield i , 2 if flag => break 'outer , _ => { for j in 0 .. i { if j > 2 { } yield j * 10 ; } } } } if i == 0 { return ; } b ! (0 .. i yield_ ! [j] ;) ;
}
